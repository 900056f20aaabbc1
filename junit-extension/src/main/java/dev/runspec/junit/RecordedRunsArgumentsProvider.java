package dev.runspec.junit;

import dev.runspec.core.ValidationResult;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.AnnotationBasedArgumentsProvider;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * The engine behind {@link RecordedRuns}: finds the fixtures, validates each one as its invocation
 * is created, and names the invocation after the file. Whether an invocation may run is decided
 * by {@link RecordedRunsInterceptor}.
 */
final class RecordedRunsArgumentsProvider extends AnnotationBasedArgumentsProvider<RecordedRuns> {

    /** JUnit 5.13 and newer: the parameters of a method or, for a parameterized class, of its constructor or fields. */
    @Override
    protected Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context,
            RecordedRuns source) {
        return arguments(parameters.getFirst().map(p -> p.getParameterType()), parameters.getSourceElement(), context,
                source);
    }

    /** JUnit 5.12 (Spring Boot 3.5 manages it), which knows only parameterized methods and calls only this. */
    @Override
    @SuppressWarnings("deprecation")
    protected Stream<? extends Arguments> provideArguments(ExtensionContext context, RecordedRuns source) {
        Method method = context.getRequiredTestMethod();
        Optional<Class<?>> first = method.getParameterCount() == 0 ? Optional.empty()
                : Optional.of(method.getParameterTypes()[0]);
        return arguments(first, method, context, source);
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
        return fixtures.fixtures().stream().map(fixture -> {
            ValidationResult result = settings.validator().validate(settings.schema(), fixture.path());
            Object payload = form.payload(fixture, result, settings.fails(result), parameterType);
            verdicts.put(payload, fixture, settings, result, form.isDeliverable(result));
            return Arguments.argumentSet(fixture.name(), payload);
        });
    }

    private static ClassLoader classLoader(ExtensionContext context) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return loader != null ? loader : context.getRequiredTestClass().getClassLoader();
    }
}
