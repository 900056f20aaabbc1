def log = new File(basedir, 'build.log').text

assert log.contains('[INFO] runspec: skipped (runspec.skip)')
assert !log.contains('drifted.json')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/runspec').exists()
