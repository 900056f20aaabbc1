def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('runspec') }
assert runs.size() == 3

assert runs[0].readLines().findAll { it.contains('runspec:') && !it.contains('---') } ==
        ['[INFO] runspec: pact check skipped: the pacts in target/pacts come from tests, which this build skips (skipTests)']
assert runs[0].contains('BUILD SUCCESS')

assert runs[1].readLines().findAll { it.contains('runspec:') && !it.contains('---') } ==
        ['[INFO] runspec: pact check skipped: the pacts in target/pacts come from tests, which this build skips (maven.test.skip)']
assert runs[1].contains('BUILD SUCCESS')

assert !runs[2].contains('pact check skipped')
assert runs[2].contains('pact directory target/pacts does not exist; the tests of this build were to write it (pactsFromTests)')
assert runs[2].contains('BUILD FAILURE')

// Nothing was checked, so no report was written.
assert !new File(basedir, 'target/runspec').exists()
