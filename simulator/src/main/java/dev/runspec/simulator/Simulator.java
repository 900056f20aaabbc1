package dev.runspec.simulator;

import dev.runspec.generator.RunGenerator;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A fake ComfyDeploy or Runflow on a loopback port: create a run, poll it, cancel it, with the
 * provider's paths and shapes. Each run follows a script through its lifecycle on a virtual clock;
 * every body it serves conforms to the schema and the lifecycle rules (drift faults aside), and a
 * run's bodies form a legal poll sequence. Close it when done.
 *
 * <pre>{@code
 * try (Simulator simulator = Simulator.start(SimulatorOptions.api("runflow-v1").seed(1))) {
 *     URI base = simulator.baseUrl();                  // http://127.0.0.1:PORT
 *     // POST base/v1/models/acme/upscale/runs, then GET base/v1/runs/{id}
 *     simulator.clock().advance(Duration.ofMinutes(1)); // every run moves on
 * }
 * }</pre>
 */
public final class Simulator implements AutoCloseable {

    private final SimulatorOptions options;
    private final ProviderApi api;
    private final VirtualClock clock;
    private final Webhooks webhooks;
    private final RunEngine engine;
    private final LoopbackServer server;
    private final RequestLog requests = new RequestLog();

    private Simulator(SimulatorOptions options) {
        this.options = options;
        this.api = ProviderApi.of(options.api);
        RunGenerator generator = RunGenerator.forSchema(options.api);
        List<Script> userScripts = new ArrayList<>();
        for (Path file : options.scriptFiles) {
            userScripts.addAll(ScriptFiles.read(file, options.api, generator.statuses()));
        }
        userScripts.addAll(options.scripts);
        ScriptCatalogue scripts = new ScriptCatalogue(options.api, generator.statuses(), userScripts);
        FaultPlan faults = FaultPlan.parse(options.faults, options.seed);
        Drifts drifts = null;
        for (String item : options.faults.split(",")) {
            String t = item.trim();
            if (t.toLowerCase(java.util.Locale.ROOT).startsWith("drift=")) {
                drifts = drifts != null ? drifts : new Drifts(options.api);
                drifts.requireKnown(t.substring(6).replaceAll("[:@].*$", ""));
            }
        }
        this.clock = new VirtualClock(options.start, options.speed);
        this.webhooks = new Webhooks(options.api, clock.scheduler(), options.webhookFaults, options.seed,
                options.signingSecret);
        clock.settlesWhen(() -> webhooks.attemptsUnderway() == 0);
        this.engine = new RunEngine(api, scripts, generator.terminalStatuses(), options.seed, clock, webhooks, faults,
                drifts);
        RequestHandler handler = new RequestHandler(engine, faults, clock, request -> {
            requests.add(request);
            options.onRequest.accept(request);
        });
        try {
            this.server = new LoopbackServer(options.port, handler);
        } catch (RuntimeException e) {
            clock.close();
            webhooks.close();
            throw e;
        }
    }

    /**
     * Starts a simulator on a loopback port.
     *
     * @throws IllegalArgumentException one line, for an unknown API, a bad fault spec, a bad scripts
     *     file or an unknown drift
     * @throws IllegalStateException when the port cannot be bound
     */
    public static Simulator start(SimulatorOptions options) {
        return new Simulator(options);
    }

    /** The API served. */
    public String api() {
        return options.api;
    }

    /**
     * The base URL to give a client in place of the provider's: {@code http://127.0.0.1:PORT/api} for
     * ComfyDeploy (as {@code https://api.comfydeploy.com/api}), {@code http://127.0.0.1:PORT} for Runflow.
     */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.port() + api.basePath());
    }

    /** The port listened on. */
    public int port() {
        return server.port();
    }

    /** The virtual clock runs and webhooks follow. */
    public VirtualClock clock() {
        return clock;
    }

    /** Every run created so far, in creation order. */
    public List<SimulatedRun> runs() {
        return engine.runs();
    }

    /** The run with this id, or null. */
    public SimulatedRun run(String id) {
        return engine.run(id);
    }

    /**
     * Creates a run as a create request would, on the named script (the next in the cycle when
     * null), without a webhook.
     *
     * @throws IllegalArgumentException naming the known scripts, for an unknown one
     */
    public SimulatedRun createRun(String script) {
        return engine.create(script, null);
    }

    /** The names of the scripts runs can follow, in cycle order. */
    public List<String> scriptNames() {
        return engine.scriptNames();
    }

    /** The scripts runs can follow, in cycle order. */
    public List<Script> scripts() {
        return engine.scripts();
    }

    /** The requests received so far (the latest 100,000), in the order answered. */
    public List<ReceivedRequest> requests() {
        return requests.snapshot();
    }

    /** Every webhook or callback delivery attempt so far, in the order sent. */
    public List<WebhookDelivery> webhooks() {
        return webhooks.deliveries();
    }

    /** Stops listening and stops the clock. */
    @Override
    public void close() {
        server.close();
        webhooks.close();
        clock.close();
    }
}
