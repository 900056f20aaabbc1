package dev.runspec.core;

import dev.runspec.shaded.networknt.schema.regex.JDKRegularExpressionFactory;
import dev.runspec.shaded.networknt.schema.regex.RegularExpression;
import dev.runspec.shaded.networknt.schema.regex.RegularExpressionFactory;

/**
 * Gives the engine the linear {@link CostDecimalMatcher} for the cost pattern, and the JDK's
 * regular expressions for every other pattern.
 */
final class LinearRegularExpressionFactory implements RegularExpressionFactory {

    private static final RegularExpression COST = CostDecimalMatcher::matches;

    @Override
    public RegularExpression getRegularExpression(String regex) {
        if (CostDecimalMatcher.PATTERN.equals(regex)) {
            return COST;
        }
        return JDKRegularExpressionFactory.getInstance().getRegularExpression(regex);
    }
}
