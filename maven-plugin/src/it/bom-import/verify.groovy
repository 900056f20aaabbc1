def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains("'dependencies.dependency.version' for dev.runspec:runspec-junit:jar is missing")

def resolved = new File(basedir, 'target/dependencies.txt').readLines()*.trim().findAll { it.startsWith('dev.runspec:') }
// runspec-junit at the BOM's version, and runspec-core and runspec-schemas through it, at the same version.
assert resolved.any { it.startsWith("dev.runspec:runspec-junit:jar:${pluginVersion}:test") } : resolved
assert resolved.any { it.startsWith("dev.runspec:runspec-core:jar:${pluginVersion}:test") } : resolved
assert resolved.any { it.startsWith("dev.runspec:runspec-schemas:jar:${pluginVersion}:test") } : resolved
assert resolved.any { it.startsWith("dev.runspec:runspec-engine:jar:${pluginVersion}:test") } : resolved

// The BOM manages runspec's artifacts and nothing else (it has no parent to inherit more from).
def bom = new File(localRepositoryPath, "dev/runspec/runspec-bom/${pluginVersion}/runspec-bom-${pluginVersion}.pom")
def model = new groovy.xml.XmlSlurper().parse(bom)
assert model.parent.size() == 0
def managed = model.dependencyManagement.dependencies.dependency.collect { "${it.groupId}:${it.artifactId}".toString() }
assert managed == ['runspec-schemas', 'runspec-engine', 'runspec-core', 'runspec-junit', 'runspec-generator', 'runspec-simulator', 'runspec-pact', 'runspec-wiremock', 'runspec-cli', 'runspec-maven-plugin',
        'runspec-integration-support', 'runspec-rest-assured', 'runspec-okhttp', 'runspec-spring'].collect { "dev.runspec:${it}".toString() }
