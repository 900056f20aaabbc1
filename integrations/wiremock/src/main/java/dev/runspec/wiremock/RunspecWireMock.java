package dev.runspec.wiremock;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.runspec.core.FailOn;
import dev.runspec.core.Limits;
import dev.runspec.core.Rule;
import dev.runspec.core.RunValidator;
import dev.runspec.core.Severity;
import dev.runspec.core.SeverityPolicy;
import dev.runspec.core.ValidationResult;
import dev.runspec.core.Violation;
import dev.runspec.core.internal.RequestMapping;
import dev.runspec.integration.internal.DriftReport;
import java.lang.System.Logger;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * A WireMock extension (a {@link ServeEventListener}) that checks every response WireMock actually
 * serves, templates rendered, whose request maps to a run schema: {@code GET /run/{id}} to
 * {@code comfydeploy-v2} (a 422 to {@code comfydeploy-v2-error}), {@code GET /run?run_id=} to
 * {@code comfydeploy-v1}, {@code GET /v1/runs/{id}} to {@code runflow-v1}, a base path in front
 * allowed, and the mappings added with {@link Builder#map(String)}, as {@code runspec pact --map}
 * and {@code runspec validate --wiremock} map them.
 *
 * <pre>{@code
 * static final RunspecWireMock runspec = RunspecWireMock.failing();
 *
 * @RegisterExtension
 * static WireMockExtension wireMock = WireMockExtension.newInstance()
 *         .options(wireMockConfig().dynamicPort().extensions(runspec)).build();
 *
 * @RegisterExtension
 * static ServedRunsExtension servedRuns = new ServedRunsExtension(runspec);
 * }</pre>
 *
 * <p>The check runs before WireMock sends the response and never changes it; a failure inside
 * runspec (or in the listener) is caught and never breaks serving. Safe to share between
 * WireMock's serving threads.
 */
public final class RunspecWireMock implements ServeEventListener {

    /** The logger report mode logs drift to, through {@link System.Logger}. */
    public static final String LOGGER_NAME = "dev.runspec.wiremock";

    /** How many verdicts are kept for {@link #verdicts()}; older ones are dropped first. */
    public static final int KEPT_VERDICTS = 10_000;

    private final Mode mode;
    private final FailOn failOn;
    private final RunValidator validator;
    private final List<RequestMapping> mappings;
    private final Consumer<ServedResponse> listener;
    private final AtomicLong numbers = new AtomicLong();
    private final Deque<ServedResponse> kept = new ArrayDeque<>();
    private final DriftReport report;

    private RunspecWireMock(Builder builder) {
        this.mode = builder.mode;
        this.failOn = builder.failOn;
        this.validator = RunValidator.builder().policy(builder.policy).limits(builder.limits).build();
        this.mappings = RequestMapping.withDefaults(builder.added);
        this.listener = builder.listener;
        this.report = new DriftReport(builder.logger, builder.logInterval, builder.nanoClock,
                mode == Mode.REPORT && builder.countInGlobalRegistry);
        mappings.forEach(m -> validator.catalogue().get(m.schemaId()));
    }

    /** For tests: the default mappings and policy, in {@link Mode#FAIL}. */
    public static RunspecWireMock failing() {
        return builder().build();
    }

    /** For shared servers: the default mappings and policy, in {@link Mode#REPORT}, each verdict handed to {@code listener}. */
    public static RunspecWireMock reporting(Consumer<ServedResponse> listener) {
        return builder().mode(Mode.REPORT).listener(listener).build();
    }

    /** A builder starting from {@link Mode#FAIL}, the default mappings, policy and limits. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String getName() {
        return "runspec";
    }

    /**
     * The policy served responses are checked under unless told otherwise: the core defaults, with
     * {@code undetected-schema} lowered to {@code info}: a response on a run endpoint that is not
     * JSON is noted as not checked.
     */
    public static SeverityPolicy defaultPolicy() {
        return SeverityPolicy.defaults().with(Rule.UNDETECTED_SCHEMA, Severity.INFO);
    }

    /** The mode this extension runs in. */
    public Mode mode() {
        return mode;
    }

    @Override
    public void beforeResponseSent(ServeEvent serveEvent, Parameters parameters) {
        try {
            ServedResponse verdict = check(serveEvent);
            if (verdict == null) {
                return;
            }
            synchronized (kept) {
                if (kept.size() == KEPT_VERDICTS) {
                    kept.removeFirst();
                }
                kept.addLast(verdict);
            }
            if (listener != null) {
                listener.accept(verdict);
            }
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            // A failure inside runspec or the listener never breaks serving.
        }
    }

    private ServedResponse check(ServeEvent event) {
        LoggedRequest request = event.getRequest();
        LoggedResponse response = event.getResponse();
        if (request == null || response == null || response.getFault() != null) {
            return null;
        }
        String url = request.getUrl() == null ? "" : request.getUrl();
        int question = url.indexOf('?');
        String path = question >= 0 ? url.substring(0, question) : url;
        Set<String> query = request.getQueryParams() == null ? Set.of() : request.getQueryParams().keySet();
        String method = request.getMethod() == null ? "" : request.getMethod().getName();
        Optional<String> schemaId = mappings.stream()
                .filter(m -> m.appliesTo(method, path, query, response.getStatus()))
                .map(RequestMapping::schemaId)
                .findFirst();
        if (schemaId.isEmpty()) {
            return null;
        }
        String type = response.getHeaders() == null || !response.getHeaders().getContentTypeHeader().isPresent()
                ? null : response.getHeaders().getContentTypeHeader().firstValue();
        ValidationResult result;
        if (type != null && !type.toLowerCase(Locale.ROOT).contains("json")) {
            result = ValidationResult.of(schemaId.get(), List.of(new Violation("", Rule.UNDETECTED_SCHEMA,
                    validator.policy().severityOf(Rule.UNDETECTED_SCHEMA), "application/json", type,
                    "the response is " + type + ", not JSON, so its body is not checked against " + schemaId.get(), 0, 0)));
        } else {
            byte[] body = response.getBody();
            result = validator.validate(schemaId.get(), body == null ? new byte[0] : body).withoutDocument();
        }
        ServedResponse served = new ServedResponse(numbers.incrementAndGet(), method, url, response.getStatus(), result);
        if (mode == Mode.REPORT) {
            report.report("the response WireMock served to " + served.label(), schemaId.get(), result);
        }
        return served;
    }

    /** The verdicts so far (since the last {@link #reset()}), in the order the responses were served. */
    public List<ServedResponse> verdicts() {
        synchronized (kept) {
            return List.copyOf(kept);
        }
    }

    /** Forgets the verdicts so far. */
    public void reset() {
        synchronized (kept) {
            kept.clear();
        }
    }

    /** The number of the last response checked so far, 0 before the first; a mark for {@link #failure(long)}. */
    public long lastNumber() {
        return numbers.get();
    }

    /**
     * In {@link Mode#FAIL}, the failure for the responses served after the one numbered
     * {@code after} that reach the {@code failOn} threshold, naming every violation; empty when
     * all conform, and always empty in {@link Mode#REPORT}.
     */
    public Optional<AssertionError> failure(long after) {
        if (mode != Mode.FAIL) {
            return Optional.empty();
        }
        List<ServedResponse> served = verdicts().stream().filter(v -> v.number() > after).toList();
        List<ServedResponse> failing = served.stream().filter(v -> failOn.isReachedBy(v.result())).toList();
        if (failing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AssertionError(ServedRunsFailure.message(failOn, served.size(), failing)));
    }

    /**
     * Fails with every violation of the responses served so far (since the last {@link #reset()})
     * that do not conform, in {@link Mode#FAIL}; does nothing in {@link Mode#REPORT}.
     *
     * @throws AssertionError naming each response that does not conform and each of its violations
     */
    public void assertConforming() {
        Optional<AssertionError> failure = failure(0);
        if (failure.isPresent()) {
            throw failure.get();
        }
    }

    /** Configures a {@link RunspecWireMock}. */
    public static final class Builder {

        private Mode mode = Mode.FAIL;
        private FailOn failOn = FailOn.ERROR;
        private SeverityPolicy policy = defaultPolicy();
        private Limits limits = Limits.defaults();
        private Consumer<ServedResponse> listener;
        private final List<RequestMapping> added = new ArrayList<>();
        private boolean countInGlobalRegistry = true;
        private Duration logInterval = Duration.ofMinutes(1);
        private Logger logger = System.getLogger(LOGGER_NAME);
        private LongSupplier nanoClock = System::nanoTime;

        private Builder() {
        }

        /**
         * Whether {@link Mode#REPORT} counts violations into Micrometer's global registry
         * ({@code runspec.violations}, tagged schema, rule and severity) when Micrometer is on the
         * class path; true by default.
         */
        public Builder countInGlobalRegistry(boolean count) {
            this.countInGlobalRegistry = count;
            return this;
        }

        /** How often {@link Mode#REPORT} logs the same (schema, pointer, rule) at most; once a minute by default. */
        public Builder logInterval(Duration interval) {
            if (interval.isNegative()) {
                throw new IllegalArgumentException("the log interval cannot be negative; got " + interval);
            }
            this.logInterval = interval;
            return this;
        }

        /** Not API: where drift is logged and the clock that spaces it, for tests. */
        Builder logTo(Logger logger, LongSupplier nanoClock) {
            this.logger = Objects.requireNonNull(logger, "logger");
            this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
            return this;
        }

        /** {@link Mode#FAIL} (the default) or {@link Mode#REPORT}. */
        public Builder mode(Mode mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /** The least serious violation that fails a test in {@link Mode#FAIL}; {@link FailOn#ERROR} by default. */
        public Builder failOn(FailOn failOn) {
            this.failOn = Objects.requireNonNull(failOn, "failOn");
            return this;
        }

        /**
         * The severity policy; {@link RunspecWireMock#defaultPolicy()} by default (start from it to
         * keep its choices; {@code strict(true)} makes undocumented members errors).
         */
        public Builder policy(SeverityPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** Input limits for the bodies served; {@link Limits#defaults()} by default. */
        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** Receives each verdict as the response is served, in both modes; its failures are caught. */
        public Builder listener(Consumer<ServedResponse> listener) {
            this.listener = listener;
            return this;
        }

        /**
         * Adds a mapping, such as {@code GET /gateway/runs/{id}=runflow-v1}, tried before the
         * defaults; one that names the same requests as a default replaces it.
         *
         * @throws IllegalArgumentException when the text is not of the form {@code METHOD /path/{id}[?param=] [STATUS]=schema-id}
         */
        public Builder map(String mapping) {
            added.add(RequestMapping.parse(mapping));
            return this;
        }

        /**
         * The extension.
         *
         * @throws dev.runspec.core.UnknownSchemaException when a mapping names a schema the bundled catalogue does not have
         */
        public RunspecWireMock build() {
            return new RunspecWireMock(this);
        }
    }
}
