package dev.runspec.generator;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The choices of the coverage set: each member cycles through its states (each of its values,
 * null when nullable, absent when optional) one per visit, across the documents of one set, so
 * that a few documents show every state of every member. Arrays get two items, so that one
 * document shows two states of each item member.
 */
final class CoverageChoices implements Choices {

    private final Map<String, Integer> visits = new TreeMap<>();
    private final Map<String, Integer> pendingValue = new TreeMap<>();

    @Override
    public State state(String path, int valueCount, boolean nullable, boolean optional, double absentChance) {
        int values = Math.max(1, valueCount);
        int states = values + (nullable ? 1 : 0) + (optional ? 1 : 0);
        int visit = visits.getOrDefault(path, 0);
        visits.put(path, visit + 1);
        int index = visit % states;
        if (index < values) {
            pendingValue.put(path, index);
            return State.VALUE;
        }
        return nullable && index == values ? State.NULL : State.ABSENT;
    }

    @Override
    public State bound(String path, boolean nullable, boolean optional) {
        return state(path + "#bound", 0, nullable, optional, 0.0);
    }

    @Override
    public boolean flip(String path, double chance, Draw draw) {
        return state(path + "#flip", 2, false, false, 0.0) == State.VALUE && pendingValue.get(path + "#flip") == 1;
    }

    @Override
    public String value(String path, List<String> values, Draw draw) {
        return values.get(pendingValue.getOrDefault(path, 0) % values.size());
    }

    @Override
    public int items(String path, int least, int most, Draw draw) {
        return Math.max(least, Math.min(most, 2));
    }
}
