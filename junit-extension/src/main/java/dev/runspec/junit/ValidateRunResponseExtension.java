package dev.runspec.junit;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The engine behind {@link ValidateRunResponse}: hands each test its own
 * {@link RunResponseRecorder} (kept in the test's store, so a {@code @BeforeEach} method and the
 * test share it) and, after the test, fails it with the recorder's verdict. On a JUnit older than
 * 5.12 it hands out no recorder and says which JUnit it needs ({@link SupportedJUnit}).
 */
final class ValidateRunResponseExtension implements ParameterResolver, AfterEachCallback {

    private static final Namespace NAMESPACE = Namespace.create(ValidateRunResponseExtension.class);
    private static final String RECORDER = "recorder";

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == RunResponseRecorder.class;
    }

    @Override
    public RunResponseRecorder resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Optional<String> unsupported = SupportedJUnit.forValidateRunResponse();
        if (unsupported.isPresent()) {
            throw new ParameterResolutionException(unsupported.get());
        }
        if (extensionContext.getTestMethod().isEmpty()) {
            throw new ParameterResolutionException("Configuration error: a RunResponseRecorder belongs to one test; declare it "
                    + "as a parameter of the test method or of a @BeforeEach method, not of ["
                    + parameterContext.getDeclaringExecutable() + "]");
        }
        ValidationSettings settings = settings(extensionContext);
        return extensionContext.getStore(NAMESPACE)
                .getOrComputeIfAbsent(RECORDER, key -> new RunResponseRecorder(settings), RunResponseRecorder.class);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        RunResponseRecorder recorder = context.getStore(NAMESPACE).get(RECORDER, RunResponseRecorder.class);
        if (recorder != null) {
            Optional<AssertionError> failure = recorder.verdict();
            if (failure.isPresent()) {
                throw failure.get();
            }
        }
    }

    private static ValidationSettings settings(ExtensionContext context) {
        AnnotatedElement where = context.getRequiredTestMethod();
        Optional<ValidateRunResponse> annotation = AnnotationSupport.findAnnotation(where, ValidateRunResponse.class);
        for (Class<?> type = context.getRequiredTestClass(); annotation.isEmpty() && type != null; type = type.getEnclosingClass()) {
            where = type;
            annotation = AnnotationSupport.findAnnotation(type, ValidateRunResponse.class);
        }
        ValidateRunResponse found = annotation.orElseThrow(() -> new ParameterResolutionException(
                "Configuration error: no @ValidateRunResponse on [" + context.getRequiredTestMethod() + "] or its class"));
        try {
            return ValidationSettings.of(found.schema(), found.strict(), found.failOn(), found.severities(),
                    ConfiguredLimits.of(context));
        } catch (IllegalArgumentException e) {
            throw new ParameterResolutionException("Configuration error: @ValidateRunResponse on [" + ElementNames.of(where) + "]: "
                    + e.getMessage());
        }
    }
}
