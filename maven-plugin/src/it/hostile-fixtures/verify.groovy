import dev.runspec.core.FolderSnapshot
import dev.runspec.core.HostileDocument
import dev.runspec.core.HostileLines
import dev.runspec.core.HostilePath
import dev.runspec.maven.Advice
import java.util.regex.Pattern

def lines = new File(basedir, 'build.log').readLines()
def start = { String id -> lines.findIndexOf { it.contains(":verify (${id}) @ hostile-fixtures") } }
int raised = start('raised-limits')
int hostile = start('hostile')
assert raised >= 0 && hostile > raised : 'both executions ran, raised-limits first'

// With the limits the messages name raised, the deep and long documents reach the schema.
def raisedLines = lines.subList(raised, hostile)
assert !raisedLines.any { it.contains('[limit-exceeded]') }
assert raisedLines.any { it.startsWith('[INFO] runspec: 2 inputs: ') }

// Every broken document is one linkable line with its reason; the legal oddities have none.
def hostileLines = lines.subList(hostile, lines.size())
HostileDocument.values().each { document ->
    def mine = hostileLines.findAll { it.startsWith("[ERROR] src/test/runs/${document.fileName()}:") }
    if (document.conforms()) {
        assert mine.isEmpty() : "${document}: ${mine}"
    } else {
        assert mine.size() == 1 : "${document}: ${mine}"
        assert mine[0].matches(Pattern.quote("[ERROR] src/test/runs/${document.fileName()}:") + '\\d+:\\d+: .*'
                + Pattern.quote(document.reason()) + '.* \\[' + Pattern.quote(document.rule().id()) + '\\]') : mine[0]
        // A document beyond a limit ends with the plugin's own way to raise it.
        document.limit().ifPresent { limit -> assert mine[0].endsWith("; ${Advice.raise(limit)} [limit-exceeded]") : mine[0] }
    }
}
def badLine = hostileLines.findAll { it.startsWith("[ERROR] src/test/runs/${HostileLines.ONE_BAD_LINE}:") }
assert badLine.size() == 1 && badLine[0].startsWith("[ERROR] src/test/runs/${HostileLines.ONE_BAD_LINE}:${HostileLines.BAD_LINE}:")

// The entries a scan passes over are noted once each; a file that cannot be read is one verdict.
['device.json', 'fifo.json'].each { name ->
    assert hostileLines.count { it == "[WARNING] runspec: skipped src/test/runs/${name}: it is not a regular file (a FIFO, socket or device)".toString() } == 1
}
assert hostileLines.count { it == '[WARNING] runspec: skipped src/test/runs/loop.json: it is a symbolic link to nothing (a loop or a missing target)' } == 1
assert hostileLines.count { it == '[WARNING] runspec: skipped src/test/runs/looped/back: it leads to a folder already searched (a symbolic link loop?)' } == 1
def unreadable = hostileLines.findAll { it.startsWith("[ERROR] src/test/runs/${HostilePath.UNREADABLE.fileName()}:") }
assert unreadable.size() == 1 && unreadable[0].contains(HostilePath.UNREADABLE.reason()) && unreadable[0].endsWith('[unreadable]') : unreadable

// One summary, one failure line, no stack trace.
int broken = HostileDocument.values().count { !it.conforms() } + 2
int inputs = HostileDocument.values().length + HostileLines.RUNS + 1
def summary = "${inputs} inputs: ${inputs - broken} conform, ${broken} do not (${broken} errors, 0 warnings)"
assert hostileLines.contains("[INFO] runspec: ${summary}".toString())
assert hostileLines.contains(("[ERROR] Failed to execute goal dev.runspec:runspec-maven-plugin:${pluginVersion}:verify (hostile)"
        + " on project hostile-fixtures: ${summary}; the build fails on errors (failOn=error) -> [Help 1]").toString())
assert !lines.any { it.startsWith('\tat ') || it.startsWith('Caused by') }

// The FIFO, the device and the loops neither hung the build nor were read; no fixture changed.
assert FolderSnapshot.of(basedir.toPath().resolve('src/test/runs')).toString() == new File(basedir, 'runs-before.txt').text
return true
