package dev.runspec.junit;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.support.AnnotationConsumer;

/**
 * The engine behind {@link GeneratedRuns}: checks the JUnit it runs on, then hands the work to
 * {@link GeneratedRunsArguments}. Names no JUnit type newer than 5.0, like
 * {@link RecordedRunsArgumentsProvider}, so that an old JUnit gets one line instead of a
 * {@code NoClassDefFoundError}.
 */
final class GeneratedRunsArgumentsProvider extends CheckedArgumentsProvider<GeneratedRuns> implements AnnotationConsumer<GeneratedRuns> {

    @Override
    public void accept(GeneratedRuns annotation) {
        use(annotation);
    }

    @Override
    Stream<? extends Arguments> arguments(Optional<Class<?>> first, Optional<Method> method, ExtensionContext context,
            GeneratedRuns source) {
        String element = method.map(m -> m.getDeclaringClass().getName() + "." + m.getName()).orElse("?");
        return GeneratedRunsArguments.of(first, element, source);
    }
}
