package dev.runspec.junit;

import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The oldest JUnit Jupiter that {@link ValidateRunResponse} and {@link RecordedRuns} run on: 5.12,
 * the oldest one the build tests (Spring Boot 3.5 manages it). On an older one they would die
 * deep inside JUnit with a {@code NoClassDefFoundError} or {@code NoSuchMethodError} (for one,
 * {@code Arguments.argumentSet} is 5.11), so each checks first and fails with one line that names
 * the JUnit it needs and the one it found.
 *
 * <p>The check looks for a method each 5.12 jar has ({@code ExtensionContext.getEnclosingTestClasses()}
 * in the API, {@code ParameterizedTest.allowZeroInvocations()} in the params jar), so it holds
 * whatever a jar's manifest says; the version in the message is the manifest's. The AssertJ
 * assertions need no JUnit and are not checked.
 */
final class SupportedJUnit {

    static final String OLDEST = "5.12";

    private static final Optional<String> API_PROBLEM = problem(ExtensionContext.class, "getEnclosingTestClasses");

    private SupportedJUnit() {
    }

    /** Why {@link ValidateRunResponse} cannot run on this test's JUnit, if it cannot. */
    static Optional<String> forValidateRunResponse() {
        return API_PROBLEM;
    }

    /** Why {@link RecordedRuns} cannot run on this test's JUnit (its API or its params jar), if it cannot. */
    static Optional<String> forRecordedRuns() {
        return API_PROBLEM.or(() -> Params.PROBLEM);
    }

    /** Apart, so that a test without the params jar ({@code @ValidateRunResponse} only) never loads it. */
    private static final class Params {
        static final Optional<String> PROBLEM = problem(ParameterizedTest.class, "allowZeroInvocations");
    }

    private static Optional<String> problem(Class<?> type, String methodSince512) {
        try {
            type.getMethod(methodSince512);
            return Optional.empty();
        } catch (NoSuchMethodException e) {
            String version = type.getPackage().getImplementationVersion();
            return Optional.of("runspec-junit needs JUnit Jupiter " + OLDEST + " or newer; this test runs on "
                    + (version == null ? "an older one" : version));
        }
    }
}
