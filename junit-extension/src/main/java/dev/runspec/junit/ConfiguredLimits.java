package dev.runspec.junit;

import dev.runspec.core.internal.LimitSettings;
import dev.runspec.core.Limit;
import dev.runspec.core.Limits;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The input limits of a test run, read from JUnit configuration parameters named as the Maven
 * properties are: {@code runspec.maxDocumentSize} (a size such as {@code 64M}),
 * {@code runspec.maxNestingDepth}, {@code runspec.maxStringLength} and {@code runspec.maxNumberLength}.
 * They come from {@code junit-platform.properties}, a system property, or the build's own setting
 * (Surefire's {@code configurationParameters}); each one left out keeps its default.
 */
final class ConfiguredLimits {

    static final String MAX_DOCUMENT_SIZE = "runspec.maxDocumentSize";
    static final String MAX_NESTING_DEPTH = "runspec.maxNestingDepth";
    static final String MAX_STRING_LENGTH = "runspec.maxStringLength";
    static final String MAX_NUMBER_LENGTH = "runspec.maxNumberLength";

    private ConfiguredLimits() {
    }

    /** The configuration parameter that sets {@code limit}, named after it: {@code runspec.maxNestingDepth}. */
    static String parameter(Limit limit) {
        return "runspec." + limit.camelCase();
    }

    /** The {@link Limits} method that sets {@code limit} for an assertion's {@code usingLimits}. */
    static String method(Limit limit) {
        return switch (limit) {
            case MAX_DOCUMENT_SIZE -> "withMaxDocumentBytes";
            case MAX_NESTING_DEPTH -> "withMaxNestingDepth";
            case MAX_STRING_LENGTH -> "withMaxStringLength";
            case MAX_NUMBER_LENGTH -> "withMaxNumberLength";
        };
    }

    /** JUnit's way to raise {@code limit}: the configuration parameter, or {@code usingLimits} in an assertion. */
    static String advice(Limit limit) {
        return "raise it with the configuration parameter " + parameter(limit) + " or, in an assertion, usingLimits(Limits.defaults()."
                + method(limit) + "(...)) if the document is genuine";
    }

    /**
     * The limits configured for the run {@code context} belongs to.
     *
     * @throws IllegalArgumentException naming the parameter whose value is not a positive number
     */
    static Limits of(ExtensionContext context) {
        Function<String, Optional<String>> parameters = context::getConfigurationParameter;
        return LimitSettings.withOverrides(Limits.defaults(),
                read(parameters, MAX_DOCUMENT_SIZE, LimitSettings::parseSize),
                read(parameters, MAX_NESTING_DEPTH, LimitSettings::parseCount),
                read(parameters, MAX_STRING_LENGTH, LimitSettings::parseCount),
                read(parameters, MAX_NUMBER_LENGTH, LimitSettings::parseCount));
    }

    private static <T> T read(Function<String, Optional<String>> parameters, String name, Function<String, T> parse) {
        Optional<String> value = parameters.apply(name).filter(v -> !v.isBlank());
        try {
            return value.map(parse).orElse(null);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("configuration parameter " + name + ": " + e.getMessage(), e);
        }
    }
}
