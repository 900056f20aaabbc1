package dev.runspec.junit;

import dev.runspec.core.InputFiles;
import dev.runspec.core.LineResult;
import dev.runspec.core.ValidationResult;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;

/**
 * The engine behind {@link RecordedRuns}: finds the fixtures, validates each one as its invocation
 * is created, and names the invocation after the file. Whether an invocation may run is decided
 * by {@link RecordedRunsInterceptor}.
 */
final class RecordedRunsArgumentsProvider implements ArgumentsProvider, AnnotationConsumer<RecordedRuns> {

    private RecordedRuns source;

    @Override
    public void accept(RecordedRuns annotation) {
        this.source = annotation;
    }

    /**
     * The one entry point every supported JUnit calls: 5.12 (Spring Boot 3.5 manages it) knows no
     * other, and 5.13 and 6.x reach it through their default of the newer one. No method here
     * names a type newer than 5.12, since JUnit looks at all of them when it loads the provider.
     * The fixtures are found as the stream is read, so a configuration error reaches the user as
     * itself: the newer JUnits wrap whatever this method throws in a message of their own.
     */
    @Override
    @SuppressWarnings("deprecation")
    public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
        Optional<Method> method = context.getTestMethod();
        Optional<Class<?>> first = method.filter(m -> m.getParameterCount() > 0).map(m -> m.getParameterTypes()[0]);
        AnnotatedElement element = method.<AnnotatedElement>map(m -> m).orElseGet(context::getRequiredTestClass);
        return Stream.of(context).flatMap(c -> arguments(first, element, c, source));
    }

    private Stream<? extends Arguments> arguments(Optional<Class<?>> firstParameterType, AnnotatedElement element,
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
