package dev.runspec.junit;

import dev.runspec.core.InputFiles;
import dev.runspec.core.LineResult;
import dev.runspec.core.ValidationResult;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The arguments of a {@link RecordedRuns} test: finds the fixtures, validates each one as its
 * invocation is created, and names the invocation after the file ({@code Arguments.argumentSet},
 * JUnit 5.11). Reached only through {@link RecordedRunsArgumentsProvider} once the JUnit is known
 * to be new enough.
 */
final class RecordedRunsArguments {

    private RecordedRunsArguments() {
    }

    /** One invocation's arguments per fixture of {@code source}, each named after its file (or {@code FILE:LINE}). */
    static Stream<? extends Arguments> of(Optional<Class<?>> firstParameterType, AnnotatedElement element,
            ExtensionContext context, RecordedRuns source) {
        ValidationSettings settings;
        FixtureForm form;
        Class<?> parameterType;
        FixtureSet fixtures;
        try {
            settings = ValidationSettings.of(source.schema(), source.strict(), source.failOn(), source.severities(),
                    ConfiguredLimits.of(context));
            parameterType = firstParameterType
                    .orElseThrow(() -> new IllegalArgumentException("declare a parameter to take each fixture: "
                            + "a String, byte[], java.nio.file.Path or a JsonNode of Jackson 2 or 3"));
            form = FixtureForm.of(parameterType);
            fixtures = FixtureLocator.locate(source.value(), classLoader(context));
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException("Configuration error: @RecordedRuns on ["
                    + ElementNames.of(element) + "]: " + e.getMessage());
        }
        FixtureVerdicts.keepOpen(context, fixtures);
        FixtureVerdicts verdicts = FixtureVerdicts.of(context);
        return fixtures.fixtures().stream().flatMap(fixture -> checked(fixture, settings)).map(checked -> {
            Fixture fixture = checked.fixture();
            ValidationResult result = checked.result();
            Object payload = form.payload(fixture, result, settings.fails(result), parameterType);
            verdicts.put(payload, fixture, settings, result, form.isDeliverable(result));
            return Arguments.argumentSet(fixture.name(), payload);
        });
    }

    private record Checked(Fixture fixture, ValidationResult result) {
    }

    /**
     * A file's verdict, or under core's input rule, for an NDJSON file ({@code .ndjson},
     * {@code .jsonl}), one verdict per non-blank line, each line its own invocation.
     */
    private static Stream<Checked> checked(Fixture fixture, ValidationSettings settings) {
        if (!InputFiles.isLineDelimited(fixture.path())) {
            return Stream.of(new Checked(fixture, settings.validator().validate(settings.schema(), fixture.path())));
        }
        List<LineResult> lines = new ArrayList<>();
        settings.validator().validateLines(settings.schema(), fixture.path(), lines::add);
        Map<Long, String> texts = NdjsonFixtureLines.texts(fixture.path(), lines);
        return lines.stream().map(line -> new Checked(line.lineNumber() == 0 ? fixture
                : fixture.line(line.lineNumber(), texts.getOrDefault(line.lineNumber(), "")), line.result()));
    }

    private static ClassLoader classLoader(ExtensionContext context) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return loader != null ? loader : context.getRequiredTestClass().getClassLoader();
    }
}
