package dev.runspec.integration;

import dev.runspec.core.FailOn;
import dev.runspec.core.Rule;
import dev.runspec.core.RunValidator;
import dev.runspec.core.ValidationResult;
import dev.runspec.core.Violation;
import dev.runspec.core.internal.LimitMessages;
import dev.runspec.core.internal.PolicyLabels;
import dev.runspec.integration.internal.DriftReport;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * What every runspec HTTP integration does with a response (the OkHttp interceptor, the REST
 * Assured filter, the Spring interceptor and exchange filter): find whether the call is a run
 * endpoint's ({@link RunEndpoints}), check the body with a {@link RunValidator}, then fail the call
 * or report the verdict ({@link CheckMode}). Immutable and safe to share between threads and calls.
 *
 * <pre>{@code
 * RunResponseCheck tests = RunResponseCheck.failing();
 * RunResponseCheck production = RunResponseCheck.builder()
 *         .mode(CheckMode.REPORT)
 *         .listener(verdict -> driftEvents.add(verdict))
 *         .build();
 * }</pre>
 */
public final class RunResponseCheck {

    private static final Logger LOGGER = System.getLogger("dev.runspec.integration");
    private static final String ENDPOINT_ADVICE = "map the endpoint to a schema id with RunEndpoints.with(pattern, id)";

    private final RunValidator validator;
    private final RunEndpoints endpoints;
    private final CheckMode mode;
    private final FailOn failOn;
    private final List<VerdictListener> listeners;
    private final DriftReport report;
    private final PolicyLabels labels;

    private RunResponseCheck(Builder builder) {
        this.validator = builder.validator;
        this.endpoints = builder.endpoints;
        this.mode = builder.mode;
        this.failOn = builder.failOn;
        this.listeners = List.copyOf(builder.listeners);
        this.report = new DriftReport(builder.logger, builder.logInterval, builder.nanoClock,
                mode == CheckMode.REPORT && builder.countInGlobalRegistry);
        this.labels = new PolicyLabels(validator.policy());
        for (String schemaId : endpoints.schemaIds()) {
            validator.catalogue().requireKnownOrAuto(schemaId);
        }
    }

    /** For tests: {@link CheckMode#FAIL} on errors, the providers' endpoints, the default validator. */
    public static RunResponseCheck failing() {
        return builder().build();
    }

    /** For production: {@link CheckMode#REPORT} to {@code listener} (and the log, and Micrometer when present). */
    public static RunResponseCheck reporting(VerdictListener listener) {
        return builder().mode(CheckMode.REPORT).listener(listener).build();
    }

    /** A builder: {@link CheckMode#FAIL}, {@link FailOn#ERROR}, {@link RunEndpoints#providers()}, {@link RunValidator#create()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The mode. */
    public CheckMode mode() {
        return mode;
    }

    /** The validator, whose limits bound how much of a body is buffered. */
    public RunValidator validator() {
        return validator;
    }

    /** The schema the response of this call follows, or empty when it is not a run endpoint's response. */
    public Optional<String> schemaFor(RunExchange exchange) {
        try {
            return endpoints.schemaFor(exchange.method(), exchange.uri(), exchange.status());
        } catch (RuntimeException e) {
            return internalFailure(exchange, e, Optional.empty());
        }
    }

    /** The most bytes of a body the check reads: the validator's {@code max-document-size}. */
    public long maxBodyBytes() {
        return validator.limits().maxDocumentBytes();
    }

    /**
     * Checks a whole body of a run endpoint's response and acts on the verdict: in
     * {@link CheckMode#FAIL} throws when it fails at {@code failOn}; in {@link CheckMode#REPORT}
     * hands it on and never throws.
     *
     * @throws RunResponseAssertionError in {@link CheckMode#FAIL}, when the body does not conform
     */
    public RunVerdict check(RunExchange exchange, String schema, byte[] body) {
        try {
            return act(new RunVerdict(exchange, schema, validator.validate(schema, body)
                    .withAdvice(Rule.UNDETECTED_SCHEMA, ENDPOINT_ADVICE).withoutDocument()));
        } catch (RunResponseAssertionError failure) {
            throw failure;
        } catch (RuntimeException e) {
            return internalFailure(exchange, e, null);
        }
    }

    /**
     * Acts on a body beyond {@link #maxBodyBytes()}, which is handed on to the caller unread: its
     * verdict is the {@code limit-exceeded} violation.
     *
     * @param size the body's size in bytes, or -1 when only known to be over the limit
     * @throws RunResponseAssertionError in {@link CheckMode#FAIL}, when {@code limit-exceeded} fails at {@code failOn}
     */
    public RunVerdict checkTooLarge(RunExchange exchange, String schema, long size) {
        try {
            Violation tooLarge = LimitMessages.documentTooLarge(Math.max(size, maxBodyBytes() + 1), validator.limits(), labels);
            if (size < 0) {
                tooLarge = tooLarge.withMessage(tooLarge.message().replaceFirst(
                        "^the document is \\d+ bytes, more than", "the document is more than"));
            }
            return act(new RunVerdict(exchange, schema, ValidationResult.of(schema, List.of(tooLarge))));
        } catch (RunResponseAssertionError failure) {
            throw failure;
        } catch (RuntimeException e) {
            return internalFailure(exchange, e, null);
        }
    }

    private RunVerdict act(RunVerdict verdict) {
        for (VerdictListener listener : listeners) {
            try {
                listener.onVerdict(verdict);
            } catch (RuntimeException e) {
                LOGGER.log(Level.WARNING, "runspec: a verdict listener failed on " + verdict.exchange() + "; the call goes on", e);
            }
        }
        if (mode == CheckMode.FAIL) {
            if (failOn.isReachedBy(verdict.result())) {
                throw new RunResponseAssertionError(verdict, failOn);
            }
        } else {
            report.report(verdict.exchange().toString(), verdict.schema(), verdict.result());
        }
        return verdict;
    }

    private <T> T internalFailure(RunExchange exchange, RuntimeException e, T fallback) {
        if (mode == CheckMode.FAIL) {
            throw e;
        }
        LOGGER.log(Level.WARNING, "runspec: checking " + exchange + " failed inside runspec; the call goes on unchecked", e);
        return fallback;
    }

    /** Configures a {@link RunResponseCheck}. */
    public static final class Builder {

        private RunValidator validator;
        private RunEndpoints endpoints = RunEndpoints.providers();
        private CheckMode mode = CheckMode.FAIL;
        private FailOn failOn = FailOn.ERROR;
        private final List<VerdictListener> listeners = new ArrayList<>();
        private boolean countInGlobalRegistry = true;
        private Duration logInterval = Duration.ofMinutes(1);
        private Logger logger = LOGGER;
        private LongSupplier nanoClock = System::nanoTime;

        private Builder() {
        }

        /** The validator (schemas, severity policy, limits); {@link RunValidator#create()} by default. */
        public Builder validator(RunValidator validator) {
            this.validator = Objects.requireNonNull(validator, "validator");
            return this;
        }

        /** Which responses are runs; {@link RunEndpoints#providers()} by default. */
        public Builder endpoints(RunEndpoints endpoints) {
            this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
            return this;
        }

        /** {@link CheckMode#FAIL} (the default) or {@link CheckMode#REPORT}. */
        public Builder mode(CheckMode mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /** In {@link CheckMode#FAIL}, the least serious violation that fails the call; {@link FailOn#ERROR} by default. */
        public Builder failOn(FailOn failOn) {
            this.failOn = Objects.requireNonNull(failOn, "failOn");
            return this;
        }

        /** Adds a listener for every verdict, in either mode. */
        public Builder listener(VerdictListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Whether {@link CheckMode#REPORT} counts violations into Micrometer's global registry when
         * Micrometer is on the class path; true by default.
         */
        public Builder countInGlobalRegistry(boolean count) {
            this.countInGlobalRegistry = count;
            return this;
        }

        /** How often {@link CheckMode#REPORT} logs the same (schema, pointer, rule) at most; once a minute by default. */
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

        /**
         * The check.
         *
         * @throws dev.runspec.core.UnknownSchemaException when an endpoint names a schema the validator does not know
         */
        public RunResponseCheck build() {
            if (validator == null) {
                validator = RunValidator.create();
            }
            return new RunResponseCheck(this);
        }
    }
}
