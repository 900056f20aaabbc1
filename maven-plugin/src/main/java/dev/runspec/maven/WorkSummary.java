package dev.runspec.maven;

import java.util.List;

/** The line that says how much validation work a run did and why. */
final class WorkSummary {

    private WorkSummary() {
    }

    static String of(List<CheckedFixture> checked, VerdictCache.Origin origin, boolean incremental) {
        long validated = checked.stream().filter(CheckedFixture::validated).count();
        long reused = checked.size() - validated;
        if (checked.isEmpty()) {
            return "no fixtures to validate";
        }
        if (validated == 0) {
            return fixtures(reused) + " unchanged since the last run; nothing to validate";
        }
        if (reused > 0) {
            return "validated " + fixtures(validated).replace(" fixture", " changed fixture") + "; "
                    + reused + " unchanged since the last run";
        }
        String why = !incremental ? ""
                : switch (origin) {
                    case STALE -> " (settings, schemas or runspec changed since the last run)";
                    case UNREADABLE -> " (the state of the last run could not be read)";
                    case NONE, LOADED -> "";
                };
        return "validated " + fixtures(validated) + why;
    }

    private static String fixtures(long n) {
        return n + (n == 1 ? " fixture" : " fixtures");
    }
}
