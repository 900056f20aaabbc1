package dev.runspec.maven;

import dev.runspec.core.report.InputResult;
import java.util.List;

/**
 * What the goal knows about one fixture after this run.
 *
 * @param fixture the fixture
 * @param sha256 the hash of its content, as read in this run; null when it could not be read
 * @param results its verdicts: one for a file, one per line for NDJSON
 * @param validated true when it was validated in this run, false when its earlier verdict was reused
 */
record CheckedFixture(Fixture fixture, String sha256, List<InputResult> results, boolean validated) {
}
