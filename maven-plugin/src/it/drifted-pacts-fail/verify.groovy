import dev.runspec.core.internal.ViolationText
import dev.runspec.pact.PactChecker

def log = new File(basedir, 'build.log').text
def lines = log.readLines()

def v2 = 'src/test/pacts/v2-billing-comfydeploy.json#a finished v1 run (given run 2c4e6a8b-0d1f-4357-9b2d-4f6a8c0e2a4c has finished)'
def v4 = 'src/test/pacts/v4-studio-runflow.json#a succeeded run with node costs (given run 0196f1d4-0b2c-7d3e-8f4a-6b7c8d9e0f1a has succeeded)'
// Every finding as the pact checker words it (the words are pinned in the pact module), at its log level, in file order.
def checker = PactChecker.builder().map('GET /gateway/runs/{id}=runflow-v1').build()
def expected = ['gateway-runflow.json', 'v2-billing-comfydeploy.json', 'v4-studio-runflow.json'].collectMany { name ->
    checker.check(basedir.toPath().resolve("src/test/pacts/${name}"), "src/test/pacts/${name}").collectMany { result ->
        result.result().violations().collect { v -> "[${v.severity().name()}] ${ViolationText.of(result.input(), result.line(), v, false)}" }
    }
}
expected << '[INFO] runspec: 3 inputs: 0 conform, 3 do not (3 errors, 6 warnings, 1 info)'
expected = expected.collect { it.toString() }
assert expected.size() == 11
assert expected.any { it.startsWith("[INFO] ${v2}:16:17: /created_at: ") && it.endsWith(' [required, info]') }
assert expected.any { it.startsWith("[WARNING] ${v4}:30:23: /cost: ") && it.endsWith(' [loose-matcher, warning]') }
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
