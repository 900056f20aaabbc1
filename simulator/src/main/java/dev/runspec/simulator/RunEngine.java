package dev.runspec.simulator;

import dev.runspec.generator.RunSeries;
import dev.runspec.shaded.jackson.core.JacksonException;
import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The runs of one simulator and what its endpoints do with them: create a run on the next script
 * (or the one the {@code X-Runspec-Script} header names), serve its body as of the virtual clock,
 * cancel it; and the faults of the plan on get-run requests.
 */
final class RunEngine {

    /** The request header that picks a create request's script. */
    static final String SCRIPT_HEADER = "x-runspec-script";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ProviderApi api;
    private final ScriptCatalogue scripts;
    private final Set<String> terminal;
    private final long seed;
    private final VirtualClock clock;
    private final Webhooks webhooks;
    private final FaultPlan faults;
    private final Drifts drifts;
    private final AtomicLong created = new AtomicLong();
    private final Map<String, SimulatedRun> byId = new ConcurrentHashMap<>();
    private final List<SimulatedRun> inOrder = new ArrayList<>();

    RunEngine(ProviderApi api, ScriptCatalogue scripts, Set<String> terminal, long seed, VirtualClock clock,
            Webhooks webhooks, FaultPlan faults, Drifts drifts) {
        this.api = api;
        this.scripts = scripts;
        this.terminal = terminal;
        this.seed = seed;
        this.clock = clock;
        this.webhooks = webhooks;
        this.faults = faults;
        this.drifts = drifts;
    }

    List<SimulatedRun> runs() {
        synchronized (inOrder) {
            return List.copyOf(inOrder);
        }
    }

    SimulatedRun run(String id) {
        return byId.get(id);
    }

    /**
     * Creates a run on {@code scriptName} (the next in the cycle when null) with no webhook.
     *
     * @throws IllegalArgumentException naming the known scripts, for an unknown one
     */
    SimulatedRun create(String scriptName, WebhookTarget webhook) {
        Script script = scripts.pick(scriptName);
        long index = created.getAndIncrement();
        Instant now = clock.now();
        RunSeries series = RunSeries.start(api.id(), runSeed(seed, index), now);
        SimulatedRun run = new SimulatedRun(api.id(), script, series, terminal, now, clock::now, webhook,
                webhooks);
        byId.put(run.id(), run);
        synchronized (inOrder) {
            inOrder.add(run);
        }
        if (webhook != null) {
            scheduleSteps(run);
        }
        return run;
    }

    /** Keeps a run with a webhook moving on the clock, so its deliveries go out without polls. */
    private void scheduleSteps(SimulatedRun run) {
        Instant next = run.nextStepAt();
        if (next != null) {
            clock.schedule(next, () -> {
                run.catchUp(clock.now());
                scheduleSteps(run);
            });
        }
    }

    Outcome handle(ApiRequest request) {
        Route route = api.route(request);
        if (route == null) {
            return new Outcome(ApiReply.json(404, "{\"detail\":\"Not Found\"}"), Fault.NONE, null);
        }
        return switch (route.kind()) {
            case CREATE -> create(request);
            case GET -> get(request, route.runId());
            case CANCEL -> cancel(route.runId());
            case INVALID_ID -> new Outcome(ComfyDeployApi.invalidId(route.runId()), Fault.NONE, null);
        };
    }

    private Outcome create(ApiRequest request) {
        Fault fault = faults.decideCreate();
        switch (fault.kind()) {
            case STATUS -> {
                return new Outcome(errorReply(fault.status()), fault, null);
            }
            case RESET, EMPTY -> {
                return new Outcome(null, fault, null);
            }
            default -> { }
        }
        JsonNode body;
        try {
            body = request.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(request.body());
        } catch (JacksonException e) {
            return new Outcome(ApiReply.text(400, "the create request's body is not JSON"), Fault.NONE, null);
        }
        if (!body.isObject()) {
            return new Outcome(ApiReply.text(400, "the create request's body is not a JSON object"), Fault.NONE, null);
        }
        WebhookTarget webhook;
        try {
            webhook = api.webhookTarget(body);
        } catch (IllegalArgumentException e) {
            return new Outcome(ApiReply.text(400, "the create request's webhook URL is not a URL: "
                    + e.getMessage().lines().findFirst().orElse("")), Fault.NONE, null);
        }
        SimulatedRun run;
        try {
            run = create(request.header(SCRIPT_HEADER), webhook);
        } catch (IllegalArgumentException e) {
            return new Outcome(ApiReply.text(400, e.getMessage()), Fault.NONE, null);
        }
        return new Outcome(api.created(run, run.bodyAt(run.createdAt())), Fault.NONE, run.id());
    }

    private Outcome get(ApiRequest request, String runId) {
        SimulatedRun run = byId.get(runId);
        if (run == null) {
            return new Outcome(api.notFound(runId), Fault.NONE, runId);
        }
        String body = api.asRequested(request, run.bodyAt(clock.now()));
        Fault fault = faults.decide(runId, run.stepNumber());
        return switch (fault.kind()) {
            case NONE -> new Outcome(ApiReply.json(200, body), fault, runId);
            case DRIFT -> drifted(run, body, fault);
            case STATUS -> new Outcome(errorReply(fault.status()), fault, runId);
            case RESET, EMPTY -> new Outcome(null, fault, runId);
        };
    }

    private Outcome drifted(SimulatedRun run, String body, Fault fault) {
        String drifted = drifts.apply(fault.drift(), run.status(), body);
        boolean json = !drifted.startsWith("<");
        ApiReply reply = json ? ApiReply.json(200, drifted)
                : new ApiReply(200, "text/html", drifted.getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
        return new Outcome(reply, drifted.equals(body) ? Fault.NONE : fault, run.id());
    }

    private ApiReply errorReply(int status) {
        if (status == 429) {
            return new ApiReply(429, "application/json", "{\"detail\":\"Too Many Requests\"}".getBytes(
                    java.nio.charset.StandardCharsets.UTF_8), Integer.toString(faults.retryAfterSeconds()));
        }
        return ApiReply.json(status, "{\"detail\":\"" + switch (status) {
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            default -> "Service Unavailable";
        } + "\"}");
    }

    private Outcome cancel(String runId) {
        SimulatedRun run = byId.get(runId);
        if (run == null) {
            return new Outcome(api.notFound(runId), Fault.NONE, runId);
        }
        Instant now = clock.now();
        boolean changed = run.cancel(now, api.cancelledStatus());
        return new Outcome(api.cancelled(run, changed, run.bodyAt(now)), Fault.NONE, runId);
    }

    /** The seed of the {@code index}-th run: a SplitMix64 step, the same everywhere. */
    static long runSeed(long seed, long index) {
        long z = seed + (index + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) & Long.MAX_VALUE;
    }

    List<String> scriptNames() {
        List<String> names = new ArrayList<>();
        scripts.all().forEach(s -> names.add(s.name()));
        return names;
    }

    List<Script> scripts() {
        return scripts.all();
    }
}
