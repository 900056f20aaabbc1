package dev.runspec.junit;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;

/**
 * What runspec's argument sources share ({@link RecordedRuns}, {@link WireMockStubs},
 * {@link GeneratedRuns}): the annotation they were given, and the one entry point every supported
 * JUnit calls, which checks the JUnit first ({@link SupportedJUnit}) and then hands over the test
 * method and the type of its first parameter.
 *
 * <p>The one entry point: 5.12 (Spring Boot 3.5 manages it) knows no other, and 5.13 and 6.x reach
 * it through their default of the newer one (JUnit looks at every method when it loads the
 * provider, hence JUnit 5.0 types only). The JUnit is checked and the arguments are made as the
 * stream is read, so a configuration error reaches the user as itself: the newer JUnits wrap
 * whatever this method throws in a message of their own.
 */
abstract class CheckedArgumentsProvider<A extends Annotation> implements ArgumentsProvider {

    private A source;

    /**
     * Keeps the annotation a subclass's {@code AnnotationConsumer.accept} was given. Each subclass
     * declares {@code AnnotationConsumer} of its own annotation type, since JUnit finds that type
     * on the class it loads.
     */
    final void use(A annotation) {
        this.source = annotation;
    }

    @Override
    @SuppressWarnings("deprecation")
    public final Stream<? extends Arguments> provideArguments(ExtensionContext context) {
        Optional<Method> method = context.getTestMethod();
        Optional<Class<?>> first = method.filter(m -> m.getParameterCount() > 0).map(m -> m.getParameterTypes()[0]);
        return Stream.of(context).flatMap(c -> {
            SupportedJUnit.forRecordedRuns().ifPresent(problem -> {
                throw new ExtensionConfigurationException(problem);
            });
            return arguments(first, method, c, source);
        });
    }

    /** The arguments for a test whose first parameter has type {@code first}, once JUnit is known to fit. */
    abstract Stream<? extends Arguments> arguments(Optional<Class<?>> first, Optional<Method> method,
            ExtensionContext context, A source);
}
