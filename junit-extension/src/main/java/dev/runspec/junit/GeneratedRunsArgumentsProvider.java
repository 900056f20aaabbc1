package dev.runspec.junit;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;

/**
 * The engine behind {@link GeneratedRuns}: checks the JUnit it runs on, then hands the work to
 * {@link GeneratedRunsArguments}. Names no JUnit type newer than 5.0, like
 * {@link RecordedRunsArgumentsProvider}, so that an old JUnit gets one line instead of a
 * {@code NoClassDefFoundError}.
 */
final class GeneratedRunsArgumentsProvider implements ArgumentsProvider, AnnotationConsumer<GeneratedRuns> {

    private GeneratedRuns source;

    @Override
    public void accept(GeneratedRuns annotation) {
        this.source = annotation;
    }

    @Override
    @SuppressWarnings("deprecation")
    public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
        Optional<Method> method = context.getTestMethod();
        Optional<Class<?>> first = method.filter(m -> m.getParameterCount() > 0).map(m -> m.getParameterTypes()[0]);
        String element = method.map(m -> m.getDeclaringClass().getName() + "." + m.getName()).orElse("?");
        return Stream.of(context).flatMap(c -> {
            SupportedJUnit.forRecordedRuns().ifPresent(problem -> {
                throw new ExtensionConfigurationException(problem);
            });
            return GeneratedRunsArguments.of(first, element, source);
        });
    }
}
