package dev.runspec.junit;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.support.AnnotationConsumer;

/**
 * The engine behind {@link RecordedRuns}: checks the JUnit it runs on, then hands the work to
 * {@link RecordedRunsArguments}, which finds the fixtures, validates each one as its invocation is
 * created, and names the invocation after the file. Whether an invocation may run is decided by
 * {@link RecordedRunsInterceptor}. Names no JUnit type newer than 5.0, so that it loads on any
 * JUnit 5 and can say which one it needs ({@link SupportedJUnit}) instead of a
 * {@code NoClassDefFoundError}.
 */
final class RecordedRunsArgumentsProvider extends CheckedArgumentsProvider<RecordedRuns> implements AnnotationConsumer<RecordedRuns> {

    @Override
    public void accept(RecordedRuns annotation) {
        use(annotation);
    }

    @Override
    Stream<? extends Arguments> arguments(Optional<Class<?>> first, Optional<Method> method, ExtensionContext context,
            RecordedRuns source) {
        AnnotatedElement element = method.<AnnotatedElement>map(m -> m).orElseGet(context::getRequiredTestClass);
        return RecordedRunsArguments.of(first, element, context, source);
    }
}
