import dev.runspec.core.FolderSnapshot
import dev.runspec.core.HostileDocument
import dev.runspec.core.HostileLines
import dev.runspec.core.HostilePath
import java.nio.file.Files

// The battery's table, generated here so that nothing large or hostile is committed.
def runs = basedir.toPath().resolve('src/test/runs')
Files.createDirectories(runs)
HostileDocument.writeAllTo(runs)
HostileLines.writeOneBadLine(runs)
// What a folder walk meets besides files, and a file that cannot be read.
[HostilePath.FIFO, HostilePath.DEVICE, HostilePath.SYMLINK_LOOP, HostilePath.FOLDER_LOOP, HostilePath.UNREADABLE].each { it.create(runs) }

new File(basedir, 'runs-before.txt').text = FolderSnapshot.of(runs).toString()
return true
