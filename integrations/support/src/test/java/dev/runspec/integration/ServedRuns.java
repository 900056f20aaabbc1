package dev.runspec.integration;

import dev.runspec.core.FakeProvider;
import dev.runspec.core.FakeProvider.Answer;
import dev.runspec.core.FakeProvider.Route;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;

/**
 * A real loopback provider for the integrations' tests (core's {@link FakeProvider}), serving on
 * every route a conforming run as {@code conforming} and a drifted one as {@code drifted}, from
 * core's test documents. Shared with the integration modules through this module's test-jar.
 */
public final class ServedRuns implements AutoCloseable {

    /** The run each route serves as {@code conforming} (core's conforming documents). */
    public static final String CONFORMING = "conforming";
    /** The run each route serves as {@code drifted} (core's violating documents). */
    public static final String DRIFTED = "drifted";

    private final FakeProvider provider;

    private ServedRuns(FakeProvider provider) {
        this.provider = provider;
    }

    /** Starts the provider on 127.0.0.1 and a free port. */
    public static ServedRuns start() throws IOException {
        FakeProvider provider = FakeProvider.start();
        for (Route route : Route.values()) {
            provider.serve(route, CONFORMING, Answer.json(conformingBody(route)));
            provider.serve(route, DRIFTED, Answer.json(driftedBody(route)));
        }
        return new ServedRuns(provider);
    }

    /** Where {@code route} serves the conforming run. */
    public URI conforming(Route route) {
        return provider.address(route, CONFORMING);
    }

    /** Where {@code route} serves the drifted run. */
    public URI drifted(Route route) {
        return provider.address(route, DRIFTED);
    }

    /** An address on this provider that is no run endpoint (it answers 404). */
    public URI elsewhere() {
        return provider.address(Route.RUNFLOW_V1, "x").resolve("/health");
    }

    /** The bytes served as the conforming run on {@code route}. */
    public static byte[] conformingBody(Route route) {
        return resource(switch (route) {
            case COMFYDEPLOY_V1 -> "/conforming/comfydeploy-v1/success-with-outputs.json";
            case COMFYDEPLOY_V2 -> "/conforming/comfydeploy-v2/success-with-outputs.json";
            case RUNFLOW_V1 -> "/conforming/runflow-v1/succeeded-with-model.json";
        });
    }

    /** The bytes served as the drifted run on {@code route}. */
    public static byte[] driftedBody(Route route) {
        return resource(switch (route) {
            case COMFYDEPLOY_V1 -> "/violating/comfydeploy-v1/drifted.json";
            case COMFYDEPLOY_V2 -> "/violating/comfydeploy-v2/drifted.json";
            case RUNFLOW_V1 -> "/violating/runflow-v1/drifted.json";
        });
    }

    /** The schema each route's runs follow. */
    public static String schemaOf(Route route) {
        return switch (route) {
            case COMFYDEPLOY_V1 -> "comfydeploy-v1";
            case COMFYDEPLOY_V2 -> "comfydeploy-v2";
            case RUNFLOW_V1 -> "runflow-v1";
        };
    }

    /** The bytes of one of core's test documents, such as {@code /conforming/runflow-callback/completed.json}. */
    public static byte[] resource(String name) {
        try (InputStream in = ServedRuns.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test document " + name + " (core's test-jar)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        provider.close();
    }
}
