def log = new File(basedir, 'build.log').text
def lines = log.readLines()

def mappings = 'src/test/resources/wiremock/mappings'
def expected = [
    "[ERROR] ${mappings}/gateway.json#gateway run:6:79: /status_code: status_code is \"waiting\"; expected one of queued, dispatching, running, succeeded, failed, cancelled, canceled, partial_succeeded [enum]",
    "[ERROR] ${mappings}/runs.json#drifted run:83:26: /status_code: status_code is \"done\"; expected one of queued, dispatching, running, succeeded, failed, cancelled, canceled, partial_succeeded [enum]",
    "[ERROR] ${mappings}/runs.json#3:149:17: /progress: progress is a string (\"57%\"); expected a number [type]",
    "[ERROR] ${mappings}/runs.json#drifted run from a file:27:15: /progress: progress is a string (\"57%\"); expected a number (in the body file: src/test/resources/wiremock/__files/runs/comfydeploy-v2-drifted.json:27:15 /progress) [type]",
    "[INFO] ${mappings}/runs.json#html page:246:17: (document): the stub serves text/html, not JSON, so its body is not checked against runflow-v1 [undetected-schema, info]",
    '[INFO] runspec: 11 inputs: 7 conform, 4 do not (4 errors, 0 warnings, 3 info)',
].collect { it.toString() }
expected.each { line -> assert lines.contains(line) : "missing from the build log: ${line}" }
// In file order, each file's findings in line order.
assert expected.collect { lines.indexOf(it) } == expected.collect { lines.indexOf(it) }.sort()
assert lines.any { it.startsWith("[INFO] ${mappings}/runs.json#templated run:194:21: (document): the stub's response is a template") }

// The build fails with one line, and no stack trace.
assert log.contains("[ERROR] Failed to execute goal dev.runspec:runspec-maven-plugin:${pluginVersion}:verify (default) on project drifted-wiremock-stubs-fail: "
        + '11 inputs: 7 conform, 4 do not (4 errors, 0 warnings, 3 info); the build fails on errors (failOn=error) -> [Help 1]')
assert !lines.any { it.startsWith('\tat ') }

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/runspec/runspec.json'))
assert json.results*.input.take(2) == ["${mappings}/gateway.json#gateway run".toString(), "${mappings}/health.json".toString()]
assert json.results*.schema == ['runflow-v1', 'wiremock', 'runflow-v1', 'runflow-v1', 'comfydeploy-v2', 'comfydeploy-v2',
        'comfydeploy-v2', 'comfydeploy-v2', 'comfydeploy-v2', 'runflow-v1', 'comfydeploy-v2-error']
