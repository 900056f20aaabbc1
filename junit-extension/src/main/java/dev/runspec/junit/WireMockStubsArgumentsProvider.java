package dev.runspec.junit;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.support.AnnotationConsumer;

/**
 * The engine behind {@link WireMockStubs}: checks the JUnit it runs on, then hands the work to
 * {@link WireMockStubsArguments}. Like {@link RecordedRunsArgumentsProvider}, it names no JUnit
 * type newer than 5.0, so it can say which JUnit it needs.
 */
final class WireMockStubsArgumentsProvider extends CheckedArgumentsProvider<WireMockStubs> implements AnnotationConsumer<WireMockStubs> {

    @Override
    public void accept(WireMockStubs annotation) {
        use(annotation);
    }

    @Override
    Stream<? extends Arguments> arguments(Optional<Class<?>> first, Optional<Method> method, ExtensionContext context,
            WireMockStubs source) {
        AnnotatedElement element = method.<AnnotatedElement>map(m -> m).orElseGet(context::getRequiredTestClass);
        return WireMockStubsArguments.of(first, element, context, source);
    }
}
