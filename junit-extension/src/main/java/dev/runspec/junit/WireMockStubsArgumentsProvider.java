package dev.runspec.junit;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;

/**
 * The engine behind {@link WireMockStubs}: checks the JUnit it runs on, then hands the work to
 * {@link WireMockStubsArguments}. Like {@link RecordedRunsArgumentsProvider}, it names no JUnit
 * type newer than 5.0, so it can say which JUnit it needs.
 */
final class WireMockStubsArgumentsProvider implements ArgumentsProvider, AnnotationConsumer<WireMockStubs> {

    private WireMockStubs source;

    @Override
    public void accept(WireMockStubs annotation) {
        this.source = annotation;
    }

    @Override
    @SuppressWarnings("deprecation")
    public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
        Optional<Method> method = context.getTestMethod();
        Optional<Class<?>> first = method.filter(m -> m.getParameterCount() > 0).map(m -> m.getParameterTypes()[0]);
        AnnotatedElement element = method.<AnnotatedElement>map(m -> m).orElseGet(context::getRequiredTestClass);
        return Stream.of(context).flatMap(c -> {
            SupportedJUnit.forRecordedRuns().ifPresent(problem -> {
                throw new ExtensionConfigurationException(problem);
            });
            return WireMockStubsArguments.of(first, element, c, source);
        });
    }
}
