import dev.runspec.core.CoreMessages

def log = new File(basedir, 'build.log').text
def failed = "[ERROR] Failed to execute goal dev.runspec:runspec-maven-plugin:${pluginVersion}:verify (default) on project configuration-errors: "

assert log.contains(failed + 'fixture directory src/test/recordings does not exist; check <directory> in <fixtureSets> or runspec.fixtures -> [Help 1]')
assert log.contains(failed + CoreMessages.unknownSchema('runflow-v9') + ' (fixtures src/test/runs) -> [Help 1]')
assert log.contains(failed + "reportFormats: unknown report format 'html'; expected one of text, json, junit, sarif -> [Help 1]")
assert log.contains(failed + 'nothing to verify: configure <fixtureSets>, <pacts> or <wiremock>, or set runspec.fixtures (and runspec.schema); '
        + 'set runspec.skip to skip this goal -> [Help 1]')
assert log.contains(failed + "maxDocumentSize: 'lots' is not a positive size such as 1048576, 512k or 16M -> [Help 1]")
assert !log.readLines().any { it.startsWith('\tat ') || it.contains('Exception:') }
assert !new File(basedir, 'target/runspec').exists()
