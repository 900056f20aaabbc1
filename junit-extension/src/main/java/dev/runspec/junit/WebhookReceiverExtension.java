package dev.runspec.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * The engine behind {@link WebhookReceiver}: starts one {@link WebhookEndpoint} per test (kept in
 * the test's store, so a {@code @BeforeEach} method and the test share it) and, after the test,
 * stops it and fails the test with the verdict on every delivery.
 */
final class WebhookReceiverExtension implements ParameterResolver, AfterEachCallback {

    private static final Namespace NAMESPACE = Namespace.create(WebhookReceiverExtension.class);
    private static final String ENDPOINT = "endpoint";

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == WebhookEndpoint.class;
    }

    @Override
    public WebhookEndpoint resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Optional<String> unsupported = SupportedJUnit.forValidateRunResponse();
        if (unsupported.isPresent()) {
            throw new ParameterResolutionException(unsupported.get());
        }
        if (extensionContext.getTestMethod().isEmpty()) {
            throw new ParameterResolutionException("Configuration error: a WebhookEndpoint belongs to one test; declare it "
                    + "as a parameter of the test method or of a @BeforeEach method, not of ["
                    + parameterContext.getDeclaringExecutable() + "]");
        }
        ValidationSettings settings = settings(extensionContext);
        return extensionContext.getStore(NAMESPACE).getOrComputeIfAbsent(ENDPOINT, key -> start(settings), WebhookEndpoint.class);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        WebhookEndpoint endpoint = context.getStore(NAMESPACE).remove(ENDPOINT, WebhookEndpoint.class);
        if (endpoint != null) {
            endpoint.stop();
            Optional<AssertionError> failure = endpoint.recorder().verdict();
            if (failure.isPresent()) {
                throw failure.get();
            }
        }
    }

    private static WebhookEndpoint start(ValidationSettings settings) {
        try {
            return new WebhookEndpoint(settings);
        } catch (IOException e) {
            throw new UncheckedIOException("could not listen on a loopback port: " + e.getMessage(), e);
        }
    }

    private static ValidationSettings settings(ExtensionContext context) {
        AnnotatedElement where = context.getRequiredTestMethod();
        Optional<WebhookReceiver> annotation = AnnotationSupport.findAnnotation(where, WebhookReceiver.class);
        for (Class<?> type = context.getRequiredTestClass(); annotation.isEmpty() && type != null; type = type.getEnclosingClass()) {
            where = type;
            annotation = AnnotationSupport.findAnnotation(type, WebhookReceiver.class);
        }
        WebhookReceiver found = annotation.orElseThrow(() -> new ParameterResolutionException(
                "Configuration error: no @WebhookReceiver on [" + context.getRequiredTestMethod() + "] or its class"));
        try {
            return ValidationSettings.of(found.schema(), found.strict(), found.failOn(), found.severities(),
                    ConfiguredLimits.of(context));
        } catch (IllegalArgumentException e) {
            throw new ParameterResolutionException("Configuration error: @WebhookReceiver on [" + ElementNames.of(where) + "]: "
                    + e.getMessage());
        }
    }
}
