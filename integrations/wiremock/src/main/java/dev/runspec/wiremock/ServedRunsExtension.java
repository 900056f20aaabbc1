package dev.runspec.wiremock;

import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * A JUnit Jupiter extension that fails a test when WireMock served it a run response that does not
 * conform, with every violation: register it beside the {@link RunspecWireMock} given to WireMock.
 * Each test is judged on the responses served between its start and its end, so tests that share
 * one server must not run in parallel with each other. In {@link Mode#REPORT} it never fails.
 */
public final class ServedRunsExtension implements BeforeEachCallback, AfterEachCallback {

    private static final Namespace NAMESPACE = Namespace.create(ServedRunsExtension.class);

    private final RunspecWireMock runspec;

    /** Judges each test on the responses {@code runspec} checks while it runs. */
    public ServedRunsExtension(RunspecWireMock runspec) {
        this.runspec = java.util.Objects.requireNonNull(runspec, "runspec");
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put(this, runspec.lastNumber());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Long mark = context.getStore(NAMESPACE).get(this, Long.class);
        Optional<AssertionError> failure = runspec.failure(mark == null ? 0 : mark);
        if (failure.isPresent()) {
            throw failure.get();
        }
    }
}
