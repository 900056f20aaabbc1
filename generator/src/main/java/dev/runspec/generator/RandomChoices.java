package dev.runspec.generator;

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
}
