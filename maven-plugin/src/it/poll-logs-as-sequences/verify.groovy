def log = new File(basedir, 'build.log').text
def lines = log.readLines()

// Each finding names the later and the earlier line of the same run, in the same poll log.
def expected = [
    '[ERROR] src/test/polls/drifted.ndjson:11:245: /status_code: status_code went from "running" (line 8) to "queued"; after running only succeeded, failed, canceled, cancelled, partial_succeeded may follow; a run\'s status only moves forward, along the provider\'s transitions (earlier poll: 8:245 /status_code) [sequence-status-transition]',
    '[ERROR] src/test/polls/drifted.ndjson:16:245: /status_code: status_code went from "succeeded" (line 13) to "running"; a finished run never changes status (earlier poll: 13:245 /status_code) [sequence-terminal-changed]',
    '[INFO] runspec: 38 inputs: 36 conform, 2 do not (2 errors, 7 warnings)',
]
expected.each { line -> assert lines.contains(line) : "missing from the build log: ${line}" }

// Each file is its own poll log: the conforming one has no finding, and the drifted one is not
// compared with it although both hold the same runs.
assert !lines.any { it.contains('conforming.ndjson:') && it.contains('[sequence-') }
assert !lines.any { it.contains('(src/test/polls/conforming.ndjson:') }
assert lines.count { it.contains('[sequence-') } == 6
assert !lines.any { it.startsWith('\tat ') }
