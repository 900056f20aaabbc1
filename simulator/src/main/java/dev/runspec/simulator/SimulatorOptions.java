package dev.runspec.simulator;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How to start a {@link Simulator}: which API it serves, its seed, its clock (manual by default, or
 * scaled from wall time), faults, extra scripts, webhook faults and signing secret, and the port.
 * Each setter returns a new options object.
 *
 * <pre>{@code
 * SimulatorOptions options = SimulatorOptions.api("runflow-v1").seed(7).faults("503:0.1,latency=50ms");
 * }</pre>
 */
public final class SimulatorOptions {

    /** Where a manual clock starts, unless told otherwise: the generator's base date. */
    public static final Instant DEFAULT_START = Instant.parse("2026-01-05T09:00:00Z");

    final String api;
    final long seed;
    final double speed;
    final Instant start;
    final int port;
    final String faults;
    final List<Script> scripts;
    final List<Path> scriptFiles;
    final WebhookFaults webhookFaults;
    final byte[] signingSecret;
    final Consumer<ReceivedRequest> onRequest;

    private SimulatorOptions(String api, long seed, double speed, Instant start, int port, String faults,
            List<Script> scripts, List<Path> scriptFiles, WebhookFaults webhookFaults, byte[] signingSecret,
            Consumer<ReceivedRequest> onRequest) {
        this.api = api;
        this.seed = seed;
        this.speed = speed;
        this.start = start;
        this.port = port;
        this.faults = faults;
        this.scripts = List.copyOf(scripts);
        this.scriptFiles = List.copyOf(scriptFiles);
        this.webhookFaults = webhookFaults;
        this.signingSecret = signingSecret;
        this.onRequest = onRequest;
    }

    /**
     * Options for {@code api}: {@code comfydeploy-v1}, {@code comfydeploy-v2} or {@code runflow-v1};
     * seed 0, a manual clock at {@link #DEFAULT_START}, a free port, no faults.
     */
    public static SimulatorOptions api(String api) {
        Objects.requireNonNull(api, "api");
        ProviderApi.of(api);
        return new SimulatorOptions(api, 0, 0, DEFAULT_START, 0, "", List.of(), List.of(), WebhookFaults.NONE, null,
                r -> { });
    }

    /** The seed every run, fault draw and webhook draw derives from. */
    public SimulatorOptions seed(long seed) {
        return new SimulatorOptions(api, seed, speed, start, port, faults, scripts, scriptFiles, webhookFaults,
                signingSecret, onRequest);
    }

    /** A clock that runs {@code speed} times as fast as wall time (1 = real time); 0 is a manual clock. */
    public SimulatorOptions speed(double speed) {
        if (!(speed >= 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed " + speed + " is not a number of 0 (manual clock) or more");
        }
        return new SimulatorOptions(api, seed, speed, start, port, faults, scripts, scriptFiles, webhookFaults,
                signingSecret, onRequest);
    }

    /** A clock that moves only when {@link VirtualClock#advance advanced} (the default). */
    public SimulatorOptions manualClock() {
        return speed(0);
    }

    /** Where the clock starts. */
    public SimulatorOptions startAt(Instant start) {
        return new SimulatorOptions(api, seed, speed, Objects.requireNonNull(start, "start"), port, faults, scripts,
                scriptFiles, webhookFaults, signingSecret, onRequest);
    }

    /** The loopback port to listen on; 0 (the default) takes a free one. */
    public SimulatorOptions port(int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
        }
        return new SimulatorOptions(api, seed, speed, start, port, faults, scripts, scriptFiles, webhookFaults,
                signingSecret, onRequest);
    }

    /**
     * The faults of get-run responses, as a spec such as {@code 429:0.1,503@step2,latency=200ms}: see
     * the README's Faults section. Checked when the simulator starts.
     */
    public SimulatorOptions faults(String spec) {
        return new SimulatorOptions(api, seed, speed, start, port, spec == null ? "" : spec, scripts, scriptFiles,
                webhookFaults, signingSecret, onRequest);
    }

    /** A script of the user's, added to the built-in ones (replacing one of the same name). */
    public SimulatorOptions script(Script script) {
        List<Script> more = new ArrayList<>(scripts);
        more.add(Objects.requireNonNull(script, "script"));
        return new SimulatorOptions(api, seed, speed, start, port, faults, more, scriptFiles, webhookFaults,
                signingSecret, onRequest);
    }

    /** A JSON or YAML file of scripts (see the README), read when the simulator starts. */
    public SimulatorOptions scripts(Path file) {
        List<Path> more = new ArrayList<>(scriptFiles);
        more.add(Objects.requireNonNull(file, "file"));
        return new SimulatorOptions(api, seed, speed, start, port, faults, scripts, more, webhookFaults,
                signingSecret, onRequest);
    }

    /** How webhook and callback deliveries misbehave. */
    public SimulatorOptions webhookFaults(WebhookFaults webhookFaults) {
        return new SimulatorOptions(api, seed, speed, start, port, faults, scripts, scriptFiles,
                Objects.requireNonNull(webhookFaults, "webhookFaults"), signingSecret, onRequest);
    }

    /** Runflow's endpoint secret, with which callbacks are signed (unsigned without one). */
    public SimulatorOptions signingSecret(String secret) {
        return new SimulatorOptions(api, seed, speed, start, port, faults, scripts, scriptFiles, webhookFaults,
                secret == null ? null : secret.getBytes(StandardCharsets.UTF_8), onRequest);
    }

    /** Called with every request as it is answered (a command line logs them), on a server thread. */
    public SimulatorOptions onRequest(Consumer<ReceivedRequest> listener) {
        return new SimulatorOptions(api, seed, speed, start, port, faults, scripts, scriptFiles, webhookFaults,
                signingSecret, Objects.requireNonNull(listener, "listener"));
    }

    /** The API served. */
    public String api() {
        return api;
    }
}
