def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('runspec') }
assert runs.size() == 2

def first = runs[0]
assert first.contains('Building Maven Stub Project (No POM)')
assert first.contains('[INFO] runspec: validated 3 fixtures')
assert first.contains('[ERROR] recordings/canceled-drifted.json:9:18: /status_code: status_code is "aborted"; expected one of queued, dispatching, running, succeeded, failed, cancelled, canceled, partial_succeeded [enum]')
assert first.contains('[INFO] runspec: reports: target/runspec/runspec.json, target/runspec/runspec.sarif')
assert first.contains("on project standalone-pom: 3 inputs: 2 conform, 1 does not (1 error, 0 warnings); the build fails on errors (failOn=error)")

def second = runs[1]
assert second.contains('[INFO] runspec: 3 fixtures unchanged since the last run; nothing to validate')
assert second.contains('[ERROR] recordings/canceled-drifted.json:9:18: /status_code:')
assert second.contains('BUILD SUCCESS')

// Reports land in target/runspec of the folder Maven ran in; nothing else is created.
assert new File(basedir, 'target/runspec/runspec.json').isFile()
assert new File(basedir, 'target/runspec/runspec.sarif').isFile()
assert new File(basedir, 'target/runspec/runspec.txt').isFile()
assert !new File(basedir, '${project.basedir}').exists()
