def log = new File(basedir, 'build.log').text
def lines = log.readLines()

assert lines.contains('[INFO] runspec: 1 pact file older than this build, left by an earlier run, not checked (pactsFromTests): target/pacts/v4-studio-runflow.json')
assert lines.any { it ==~ /\[INFO\] runspec: 1 input: 1 conforms, 0 do not \(0 errors, 0 warnings(, \d+ info)?\)/ }
assert !log.contains('/target_type')
assert log.contains('BUILD SUCCESS')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/runspec/pacts/runspec.json'))
assert json.results*.input == ['target/pacts/catalog-poller-runflow.json#a queued run (given run 0196f1d2-7a3b-7c41-9e2d-5b8f0a1c3d4e is queued)']
// The stale file stays where it was; only its check is left out.
assert new File(basedir, 'target/pacts/v4-studio-runflow.json').exists()
