package dev.runspec.junit;

import dev.runspec.core.ValidationResult;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.opentest4j.AssertionFailedError;

/**
 * The verdict on each fixture of one parameterized test, keyed by the very object handed to the
 * test. The arguments provider fills it in the test template's store; each invocation looks its
 * own arguments up before the body runs.
 */
final class FixtureVerdicts {

    private static final Namespace NAMESPACE = Namespace.create(RecordedRuns.class);
    private static final String KEY = "verdicts";

    private record Verdict(boolean fails, Supplier<AssertionError> failure) {
    }

    private final Map<Object, Verdict> byPayload = Collections.synchronizedMap(new IdentityHashMap<>());

    /** The verdicts of the parameterized test {@code context} belongs to, created on first use. */
    static FixtureVerdicts of(ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(KEY, key -> new FixtureVerdicts(), FixtureVerdicts.class);
    }

    /** The verdicts visible from an invocation's context, if its test has any. */
    static Optional<FixtureVerdicts> find(ExtensionContext context) {
        return Optional.ofNullable(context.getStore(NAMESPACE).get(KEY, FixtureVerdicts.class));
    }

    /** Keeps a fixture's resources open as long as the parameterized test runs. */
    static void keepOpen(ExtensionContext context, FixtureSet fixtures) {
        context.getStore(NAMESPACE).put(FixtureSet.class.getName() + "@" + System.identityHashCode(fixtures), fixtures);
    }

    void put(Object payload, Fixture fixture, ValidationSettings settings, ValidationResult result, boolean deliverable) {
        put(payload, !deliverable || settings.fails(result), () -> new AssertionFailedError(ShouldConformToSchema
                .fixtureShouldConform(fixture.location(), settings, result).create()));
    }

    /** A verdict whose failure is written by {@code failure} (a WireMock stub's, for instance). */
    void put(Object payload, boolean fails, Supplier<AssertionError> failure) {
        byPayload.put(payload, new Verdict(fails, failure));
    }

    /** The failure for the first argument that is a fixture which does not conform, if any. */
    Optional<AssertionError> failureFor(Iterable<?> arguments) {
        for (Object argument : arguments) {
            Verdict verdict = argument == null ? null : byPayload.get(argument);
            if (verdict != null && verdict.fails()) {
                return Optional.of(verdict.failure().get());
            }
        }
        return Optional.empty();
    }
}
