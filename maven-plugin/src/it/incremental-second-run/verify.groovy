def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('runspec') }
assert runs.size() == 5

def drift = '[ERROR] src/test/runs/queued.json:9:18: /status_code: status_code is "waiting"; expected one of queued, dispatching, running, succeeded, failed, cancelled, canceled, partial_succeeded [enum]'

assert runs[0].contains('[INFO] runspec: validated 3 fixtures\n') || runs[0].contains('[INFO] runspec: validated 3 fixtures\r\n')
assert runs[0].contains('BUILD SUCCESS')

assert runs[1].contains('[INFO] runspec: 3 fixtures unchanged since the last run; nothing to validate')
assert runs[1].contains('[INFO] runspec: 3 inputs: 3 conform, 0 do not (0 errors, 0 warnings)')
assert runs[1].contains('BUILD SUCCESS')

assert runs[2].contains('[INFO] runspec: validated 1 changed fixture; 2 unchanged since the last run')
assert runs[2].contains(drift)
assert runs[2].contains('[INFO] runspec: 3 inputs: 2 conform, 1 does not (1 error, 0 warnings)')

assert runs[3].contains('[INFO] runspec: 3 fixtures unchanged since the last run; nothing to validate')
assert runs[3].contains(drift)
assert runs[3].contains('BUILD FAILURE')

assert runs[4].contains('[INFO] runspec: validated 3 fixtures (settings, schemas or runspec changed since the last run)')

// The reports of the last build still cover every fixture.
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/runspec/runspec.json'))
assert json.results*.input.sort() == ['src/test/runs/failed-with-comfyui-workflow.json', 'src/test/runs/queued.json',
        'src/test/runs/running-with-node-runs-and-logs.json']
