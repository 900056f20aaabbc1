package dev.runspec.generator;

import java.util.List;

/** The choices of an ordinary generated run: a few nulls, a few optional members left out. */
final class RandomChoices implements Choices {

    private final Draw draw;
    private final double nullChance;

    RandomChoices(Draw draw, double nullChance) {
        this.draw = draw;
        this.nullChance = nullChance;
    }

    @Override
    public State state(String path, int valueCount, boolean nullable, boolean optional, double absentChance) {
        if (optional && draw.chance(absentChance)) {
            return State.ABSENT;
        }
        return nullable && draw.chance(nullChance) ? State.NULL : State.VALUE;
    }

    @Override
    public State bound(String path, boolean nullable, boolean optional) {
        return State.VALUE;
    }

    @Override
    public boolean flip(String path, double chance, Draw draw) {
        return draw.chance(chance);
    }

    @Override
    public String value(String path, List<String> values, Draw draw) {
        return draw.pick(values);
    }

    @Override
    public int items(String path, int least, int most, Draw draw) {
        return draw.between(least, most);
    }
}
