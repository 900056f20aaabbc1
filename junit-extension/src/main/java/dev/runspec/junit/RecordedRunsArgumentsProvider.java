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
 * The engine behind {@link RecordedRuns}: checks the JUnit it runs on, then hands the work to
 * {@link RecordedRunsArguments}, which finds the fixtures, validates each one as its invocation is
 * created, and names the invocation after the file. Whether an invocation may run is decided by
 * {@link RecordedRunsInterceptor}.
 *
 * <p>This class names no JUnit type newer than 5.0, so that it loads on any JUnit 5 and can say
 * which one it needs ({@link SupportedJUnit}) instead of a {@code NoClassDefFoundError}.
 */
final class RecordedRunsArgumentsProvider implements ArgumentsProvider, AnnotationConsumer<RecordedRuns> {

    private RecordedRuns source;

    @Override
    public void accept(RecordedRuns annotation) {
        this.source = annotation;
    }

    /**
     * The one entry point every supported JUnit calls: 5.12 (Spring Boot 3.5 manages it) knows no
     * other, and 5.13 and 6.x reach it through their default of the newer one (JUnit looks at
     * every method when it loads the provider, hence the old types only). The JUnit is checked and
     * the fixtures are found as the stream is read, so a configuration error reaches the user as
     * itself: the newer JUnits wrap whatever this method throws in a message of their own.
     */
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
            return RecordedRunsArguments.of(first, element, c, source);
        });
    }
}
