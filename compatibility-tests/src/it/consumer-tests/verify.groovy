// Shared by the four consumer builds: each one's verify.groovy evaluates this file with its own basedir.
def log = new File(basedir, 'build.log').text

assert !log.contains('NoClassDefFoundError')
assert !log.contains('NoSuchMethodError')
// runspec's engine logs through its own relocated SLF4J, bound to nothing: no warning in a build without a binding.
assert !log.contains('No SLF4J providers')
// RunClientTests 5 (1 + 3 recordings + 1) and the consumer's Jackson generation tests 5 (2 + 3 recordings).
assert log.contains('Tests run: 10, Failures: 0, Errors: 0, Skipped: 0')
assert log.contains('[INFO] runspec: ')
assert log =~ /\[INFO\] runspec: \d+ inputs: \d+ conform, 0 do not/
assert log.contains('BUILD SUCCESS')
