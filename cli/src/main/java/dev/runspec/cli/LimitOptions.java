package dev.runspec.cli;

import dev.runspec.core.internal.LimitSettings;
import dev.runspec.core.Limits;
import picocli.CommandLine.Option;

/** The core {@link Limits} as options; each one left out keeps its default. */
final class LimitOptions {

    @Option(names = "--max-document-size", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "Largest input (or NDJSON line) to read, in bytes; suffixes k, M, G (binary). Default: 16M.")
    Long maxDocumentBytes;

    @Option(names = "--max-nesting-depth", paramLabel = "N", converter = PositiveIntConverter.class,
            description = "Deepest nesting of objects and arrays. Default: 500.")
    Integer maxNestingDepth;

    @Option(names = "--max-string-length", paramLabel = "N", converter = PositiveIntConverter.class,
            description = "Longest string value, in characters. Default: 8388608.")
    Integer maxStringLength;

    @Option(names = "--max-number-length", paramLabel = "N", converter = PositiveIntConverter.class,
            description = "Longest number literal, in characters. Default: 1000.")
    Integer maxNumberLength;

    Limits limits() {
        return LimitSettings.withOverrides(Limits.defaults(), maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength);
    }

    /** A positive byte count, optionally with a binary suffix: {@code 1048576}, {@code 512k}, {@code 16M}, {@code 1GiB}. */
    static final class SizeConverter extends ParsingConverter<Long> {
        @Override
        Long parse(String text) {
            return LimitSettings.parseSize(text);
        }
    }

    /** A positive whole number. */
    static final class PositiveIntConverter extends ParsingConverter<Integer> {
        @Override
        Integer parse(String text) {
            return LimitSettings.parseCount(text);
        }
    }
}
