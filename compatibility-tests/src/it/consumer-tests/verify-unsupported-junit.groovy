// Shared by the consumer builds on a JUnit older than runspec-junit's floor (5.12): the build fails,
// each runspec annotation says in one line which JUnit it needs, and nothing dies inside JUnit.
def log = new File(basedir, 'build.log').text
def junit = (new File(basedir, 'pom.xml').text =~ /<old\.junit\.version>([^<]+)</)[0][1]
def needs = "runspec-junit needs JUnit Jupiter 5.12 or newer; this test runs on ${junit}"

assert junit ==~ /5\.1[01]\.\d+/
assert !log.contains('NoClassDefFoundError')
assert !log.contains('NoSuchMethodError')
assert !log.contains('No SLF4J providers')
// @ValidateRunResponse (the recorder is not handed out) and @RecordedRuns (no invocation is made).
assert log.contains("RunClientTests.a_recorded_response_that_conforms_passes(RunResponseRecorder) » ParameterResolution ${needs}")
assert log.contains("RunClientTests.every_recording_conforms(Path) » ExtensionConfiguration ${needs}")
// assertThatRun needs no JUnit: the third test passes.
assert log.contains('Tests run: 3, Failures: 0, Errors: 2, Skipped: 0')
assert log.contains('BUILD FAILURE')
