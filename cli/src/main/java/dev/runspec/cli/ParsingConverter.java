package dev.runspec.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * An option converter over one of runspec's own parsers: the parser's one-line reason for a bad
 * value becomes picocli's conversion error, which the usage-error handler prints with the option.
 */
abstract class ParsingConverter<T> implements ITypeConverter<T> {

    /**
     * The value read from {@code text}.
     *
     * @throws IllegalArgumentException with a one-line reason when {@code text} is not a valid value
     */
    abstract T parse(String text);

    @Override
    public final T convert(String value) {
        try {
            return parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
