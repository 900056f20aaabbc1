package dev.runspec.junit;

import dev.runspec.core.internal.LimitSettings;
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
