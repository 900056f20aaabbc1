def reports = new File(basedir, 'target/reports/runspec')
def log = new File(basedir, 'build.log').text
def line = 'src/test/runs/drifted.json:9:18: /status_code: status_code is "done"; expected one of queued, dispatching, running, succeeded, failed, cancelled, canceled, partial_succeeded [enum]'

assert log.contains('[ERROR] ' + line)
assert log.contains('[INFO] runspec: reports: target/reports/runspec/runspec.txt, target/reports/runspec/runspec.json, '
        + 'target/reports/runspec/TEST-runspec.xml, target/reports/runspec/runspec.sarif')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/runspec/runspec.txt').exists()

// text
assert new File(reports, 'runspec.txt').readLines() == [line, '2 inputs: 1 conforms, 1 does not (1 error, 0 warnings)']

// json
def json = new groovy.json.JsonSlurper().parse(new File(reports, 'runspec.json'))
assert json.tool == 'runspec'
assert json.summary.inputs == 2 && json.summary.conforming == 1 && json.summary.errors == 1
def drifted = json.results.find { it.input == 'src/test/runs/drifted.json' }
assert drifted.schema == 'runflow-v1' && !drifted.valid
assert drifted.violations[0].pointer == '/status_code' && drifted.violations[0].rule == 'enum'
assert drifted.violations[0].line == 9 && drifted.violations[0].column == 18 && drifted.violations[0].actual == 'done'

// junit
def suite = new groovy.xml.XmlSlurper().parse(new File(reports, 'TEST-runspec.xml'))
assert suite.@tests.text() == '2' && suite.@failures.text() == '1'
assert suite.testcase.find { it.@name.text() == 'src/test/runs/drifted.json' }.failure.@type.text() == 'enum'
assert suite.testcase.find { it.@name.text() == 'src/test/runs/queued.json' }.failure.size() == 0

// sarif
def sarif = new groovy.json.JsonSlurper().parse(new File(reports, 'runspec.sarif'))
assert sarif.version == '2.1.0'
def result = sarif.runs[0].results[0]
assert result.ruleId == 'enum' && result.level == 'error'
assert result.locations[0].physicalLocation.artifactLocation.uri == 'src/test/runs/drifted.json'
assert result.locations[0].physicalLocation.region.startLine == 9
assert result.locations[0].physicalLocation.region.startColumn == 18
