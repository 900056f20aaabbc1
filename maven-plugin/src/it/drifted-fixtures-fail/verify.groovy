def log = new File(basedir, 'build.log').text

def expected = [
    '[ERROR] src/test/runs/runflow-cost.json:28:11: /cost: cost is "0.0132 USD"; expected a decimal number written as a string, such as "0.0125" [pattern]',
    '[ERROR] src/test/runs/runflow-done.json:9:18: /status_code: status_code is "done"; expected one of queued, dispatching, running, succeeded, failed, cancelled, canceled, partial_succeeded [enum]',
    '[ERROR] src/test/runs/runflow-ended-early.json:44:19: /completed_at: completed_at 10:14:02.950 is before started_at 10:14:03.460, by 0.51 s (started_at: 43:17) [lifecycle-completed-before-started]',
    '[ERROR] src/test/runs/comfydeploy-v2-failed.json:1:1: /status: status is missing; it is required [required]',
    '[ERROR] src/test/runs/comfydeploy-v2-running.json:18:17: /started_at: started_at is "2025-04-02 16:05:58"; expected an RFC 3339 date-time, such as "2025-03-27T10:15:30Z" [format]',
    '[WARNING] src/test/runs/comfydeploy-v2-running.json:21:19: /gpu_provider: gpu_provider is not a documented member [unknown-property, warning]',
    '[INFO] runspec: 5 inputs: 0 conform, 5 do not (5 errors, 1 warning)',
]
def lines = log.readLines()
expected.each { line -> assert lines.contains(line) : "missing from the build log: ${line}" }
// In the order the fixture sets and files were given.
assert expected.collect { lines.indexOf(it) } == expected.collect { lines.indexOf(it) }.sort()

// The build fails with one line, and no stack trace.
assert log.contains("[ERROR] Failed to execute goal dev.runspec:runspec-maven-plugin:${pluginVersion}:verify (default) on project drifted-fixtures-fail: "
        + '5 inputs: 0 conform, 5 do not (5 errors, 1 warning); the build fails on errors (failOn=error) -> [Help 1]')
assert !lines.any { it.startsWith('\tat ') }

// The reports are written before the build fails.
assert new File(basedir, 'target/runspec/runspec.txt').readLines().containsAll(expected.findAll { !it.startsWith('[INFO]') }.collect { it.replaceFirst(/^\[\w+\] /, '') })
