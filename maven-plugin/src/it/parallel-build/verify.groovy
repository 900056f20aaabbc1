def log = new File(basedir, 'build.log').text

assert log.contains('Using the MultiThreadedBuilder implementation with a (max) thread count of 2') \
        || log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
// Maven names every goal that is not thread-safe; ours must not be among them.
assert !log.contains('not marked as thread-safe') && !log.contains('@threadSafe')

assert log.contains('[INFO] runspec: 2 inputs: 2 conform, 0 do not (0 errors, 0 warnings)')
assert log.contains('[INFO] runspec: 4 inputs: 4 conform, 0 do not (0 errors, 0 warnings)')
assert log.contains('[INFO] runspec: 151 inputs: 151 conform, 0 do not (0 errors, 0 warnings)')
assert log.contains('BUILD SUCCESS')

def slurper = new groovy.json.JsonSlurper()
[alpha: 2, beta: 4, gamma: 151].each { module, inputs ->
    def json = slurper.parse(new File(basedir, "${module}/target/runspec/runspec.json"))
    assert json.summary.inputs == inputs
    assert json.results.every { it.input.startsWith("${module}/src/test/runs/") }
    assert new File(basedir, "${module}/target/runspec/state/default.json").isFile()
}
assert !new File(basedir, 'target/runspec').exists()
