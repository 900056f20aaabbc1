package dev.runspec.junit;

import java.lang.reflect.Method;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Fails an invocation of a {@link RecordedRuns} test whose fixture does not conform, before the
 * test body runs: the body never sees a stale recording.
 */
final class RecordedRunsInterceptor implements InvocationInterceptor {

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext extensionContext) throws Throwable {
        Optional<AssertionError> failure = FixtureVerdicts.find(extensionContext)
                .flatMap(verdicts -> verdicts.failureFor(invocationContext.getArguments()));
        if (failure.isPresent()) {
            invocation.skip();
            throw failure.get();
        }
        invocation.proceed();
    }
}
