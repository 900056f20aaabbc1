package dev.runspec.generator;

import java.util.List;

/**
 * The decisions a schema leaves open for one member: absent or present, null or a value, which of
 * its values. Random for ordinary runs ({@link RandomChoices}); cycling through every state for the
 * coverage set ({@link CoverageChoices}).
 */
interface Choices {

    /** What a member becomes. */
    enum State { VALUE, NULL, ABSENT }

    /**
     * The state of the member at {@code path} (a path such as {@code /node_runs/[]/cost}).
     *
     * @param valueCount how many values the member has to choose from (0 when any value will do)
     * @param absentChance how likely a random run leaves this optional member out
     */
    State state(String path, int valueCount, boolean nullable, boolean optional, double absentChance);

    /**
     * The state of a member the run's status decides, where the status leaves null or absence
     * open: always a value in an ordinary run, every state in turn in the coverage set.
     */
    State bound(String path, boolean nullable, boolean optional);

    /**
     * A yes-or-no the status leaves open (did a cancelled run start?): random with this chance in
     * an ordinary run, alternating in the coverage set.
     */
    boolean flip(String path, double chance, Draw draw);

    /**
     * One of {@code values} for the member at {@code path}, just given {@link State#VALUE}: drawn at
     * random unless the choices say otherwise.
     */
    default String value(String path, List<String> values, Draw draw) {
        return draw.pick(values);
    }

    /**
     * How many items an array at {@code path} gets, between {@code least} and {@code most}: drawn at
     * random unless the choices say otherwise.
     */
    default int items(String path, int least, int most, Draw draw) {
        return draw.between(least, most);
    }
}
