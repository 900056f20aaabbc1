package dev.runspec.junit;

import dev.runspec.core.ValidationResult;
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

    @Override
    protected Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context,
            RecordedRuns source) {
        ValidationSettings settings;
        FixtureForm form;
        FixtureSet fixtures;
        try {
            settings = ValidationSettings.of(source.schema(), source.strict(), source.failOn(), source.severities(),
                    ConfiguredLimits.of(context));
            form = FixtureForm.of(parameters.getFirst()
                    .orElseThrow(() -> new IllegalArgumentException("declare a parameter to take each fixture: "
                            + "a String, byte[], java.nio.file.Path or tools.jackson.databind.JsonNode"))
                    .getParameterType());
            fixtures = FixtureLocator.locate(source.value(), classLoader(context));
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException("Configuration error: @RecordedRuns on ["
                    + ElementNames.of(parameters.getSourceElement()) + "]: " + e.getMessage());
        }
        FixtureVerdicts.keepOpen(context, fixtures);
        FixtureVerdicts verdicts = FixtureVerdicts.of(context);
        return fixtures.fixtures().stream().map(fixture -> {
            ValidationResult result = settings.validator().validate(settings.schema(), fixture.path());
            Object payload = form.payload(fixture, result, settings.fails(result));
            verdicts.put(payload, fixture, settings, result, form.isDeliverable(result));
            return Arguments.argumentSet(fixture.name(), payload);
        });
    }

    private static ClassLoader classLoader(ExtensionContext context) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return loader != null ? loader : context.getRequiredTestClass().getClassLoader();
    }
}
