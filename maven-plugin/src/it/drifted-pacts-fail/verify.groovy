def log = new File(basedir, 'build.log').text
def lines = log.readLines()

def v2 = 'src/test/pacts/v2-billing-comfydeploy.json#a finished v1 run (given run 2c4e6a8b-0d1f-4357-9b2d-4f6a8c0e2a4c has finished)'
def v4 = 'src/test/pacts/v4-studio-runflow.json#a succeeded run with node costs (given run 0196f1d4-0b2c-7d3e-8f4a-6b7c8d9e0f1a has succeeded)'
def expected = [
    "[ERROR] src/test/pacts/gateway-runflow.json#a queued run through the gateway:10:80: /status_code: status_code is \"waiting\"; expected one of queued, dispatching, running, succeeded, failed, cancelled, canceled, partial_succeeded [enum]",
    "[INFO] ${v2}:16:17: /created_at: created_at is missing; it is required [required, info]",
    "[ERROR] ${v2}:24:21: /status: status is \"done\"; expected one of not-started, running, uploading, success, failed, started, queued, timeout, cancelled [enum]",
    "[WARNING] ${v2}:43:28: /status: status is matched by type, which accepts any string, such as \"x\", in pact-jvm and in the Rust Pact core; expected one of not-started, running, uploading, success, failed, started, queued, timeout, cancelled [loose-matcher, warning]",
    "[ERROR] ${v4}:19:28: /target_type: target_type is \"workflow\"; expected one of model, flow, comfyui, null [enum]",
    "[WARNING] ${v4}:30:23: /cost: cost is matched by type, which accepts any string, such as \"x\", in pact-jvm and in the Rust Pact core; expected a decimal number written as a string, such as \"0.0125\" [loose-matcher, warning]",
    '[INFO] runspec: 3 inputs: 0 conform, 3 do not (3 errors, 6 warnings, 1 info)',
].collect { it.toString() }
expected.each { line -> assert lines.contains(line) : "missing from the build log: ${line}" }
// In file order, each file's findings in line order.
assert expected.collect { lines.indexOf(it) } == expected.collect { lines.indexOf(it) }.sort()

// The build fails with one line, and no stack trace.
assert log.contains("[ERROR] Failed to execute goal dev.runspec:runspec-maven-plugin:${pluginVersion}:verify (default) on project drifted-pacts-fail: "
        + '3 inputs: 0 conform, 3 do not (3 errors, 6 warnings, 1 info); the build fails on errors (failOn=error) -> [Help 1]')
assert !lines.any { it.startsWith('\tat ') }

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/runspec/runspec.json'))
assert json.results*.schema == ['runflow-v1', 'comfydeploy-v1', 'runflow-v1']
assert json.results[2].violations.findAll { it.rule == 'loose-matcher' }*.pointer == ['/status_code', '/cost', '/node_runs/0/id', '/node_runs/0/cost']
