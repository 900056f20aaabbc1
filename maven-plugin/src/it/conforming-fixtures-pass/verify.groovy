def log = new File(basedir, 'build.log').text

// Each invoker execution runs its own Maven (3.9 from the wrapper, 3.8 unpacked by the build).
assert log.contains("Apache Maven ${expectedMavenVersion} ")

assert log.contains('[INFO] runspec: validated 10 fixtures')
assert log.contains('[INFO] runspec: 12 inputs: 12 conform, 0 do not (0 errors, 0 warnings)')
assert log.contains('[INFO] runspec: reports: target/runspec/runspec.txt, target/runspec/runspec.json')
assert !log.contains('notes.txt')
// The pact file's interaction is one more input, checked against runflow-v1 and conforming.
assert log.readLines().count { it.startsWith('[WARNING]') } == 0
assert log.contains('BUILD SUCCESS')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/runspec/runspec.json'))
assert json.summary.inputs == 12
assert json.summary.conforming == 12
assert json.results*.input.contains('src/test/runspec/runflow/queued.json')
// One result per NDJSON line, each with its line number, and the schema detected from each document's shape.
assert json.results.findAll { it.input == 'src/test/runspec/recorded/polling-session.ndjson' }*.line == [1, 2]
assert json.results.find { it.input == 'src/test/runspec/recorded/comfydeploy-v2-running.json' }.schema == 'comfydeploy-v2'
assert json.results.find { it.input == 'src/test/runspec/recorded/comfydeploy-v1-timeout.json' }.schema == 'comfydeploy-v1'
assert json.results.find { it.input == 'src/test/pacts/catalog-poller-runflow.json#a queued run (given run 0196f1d2-7a3b-7c41-9e2d-5b8f0a1c3d4e is queued)' }.schema == 'runflow-v1'

// The webhook and callback schema ids: one set named by id, one body detected by its shape.
assert json.results.find { it.input == 'src/test/runspec/callbacks/cancelled.json' }.schema == 'runflow-callback'
assert json.results.find { it.input == 'src/test/runspec/recorded/comfydeploy-v2-webhook-run-output.json' }.schema == 'comfydeploy-v2-webhook'

def text = new File(basedir, 'target/runspec/runspec.txt').text
assert text.trim() == '12 inputs: 12 conform, 0 do not (0 errors, 0 warnings)'
