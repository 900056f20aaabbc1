package dev.runspec.generator;

/**
 * The choices of one step of a {@link RunSeries}: what the run's own history decides (did it start,
 * was it queued) rather than chance, every member the status leaves open given a value, and each
 * optional embed present or absent for the whole run (a hash of the run's seed and the path), so
 * that the bodies of one run keep their shape from poll to poll.
 */
final class SeriesChoices implements Choices {

    private final long runSeed;
    private final boolean started;
    private final boolean queued;

    SeriesChoices(long runSeed, boolean started, boolean queued) {
        this.runSeed = runSeed;
        this.started = started;
        this.queued = queued;
    }

    @Override
    public State state(String path, int valueCount, boolean nullable, boolean optional, double absentChance) {
        if (optional && stableChance(path) < absentChance) {
            return State.ABSENT;
        }
        return State.VALUE;
    }

    @Override
    public State bound(String path, boolean nullable, boolean optional) {
        return State.VALUE;
    }

    @Override
    public boolean flip(String path, double chance, Draw draw) {
        return switch (path) {
            case "/stopped-early" -> !started;
            case "/queued-before-stop" -> queued;
            default -> false;
        };
    }

    /** A number in [0, 1) fixed by the run's seed and the path alone. */
    private double stableChance(String path) {
        long z = runSeed ^ (path.hashCode() * 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return (z >>> 11) * 0x1.0p-53;
    }
}
