package dev.runspec.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Runs example test classes on the real Jupiter engine through EngineTestKit, and tells which
 * tests passed and how the others failed. Tests are named by method, or by display name for the
 * invocations of a parameterized test ({@code [2] drifted.json}).
 */
final class ExampleRun {

    private static final Pattern METHOD = Pattern.compile("([\\w$]+)\\(.*\\)");

    private final EngineExecutionResults results;

    private ExampleRun(EngineExecutionResults results) {
        this.results = results;
    }

    static ExampleRun of(Class<?>... examples) {
        return of(Map.of(), examples);
    }

    static ExampleRun of(Map<String, String> configuration, Class<?>... examples) {
        EngineTestKit.Builder kit = EngineTestKit.engine("junit-jupiter").configurationParameters(configuration);
        for (Class<?> example : examples) {
            kit.selectors(selectClass(example));
        }
        return new ExampleRun(kit.execute());
    }

    /** The tests that passed. */
    List<String> passed() {
        return results.testEvents().succeeded().stream().map(ExampleRun::name).sorted().toList();
    }

    /** Each failed test with its failure message, in the order they finished. */
    Map<String, String> failures() {
        return messages(results.testEvents().failed().stream().toList());
    }

    /** How many tests failed; unlike {@link #failures()}, counts tests of the same name apart. */
    long failureCount() {
        return results.testEvents().failed().count();
    }

    /** The failure message of every failed test, names aside. */
    List<String> failureMessages() {
        return results.testEvents().failed().stream()
                .map(e -> e.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow().getMessage())
                .toList();
    }

    /** Each failed container (class or parameterized test) with its failure message. */
    Map<String, String> containerFailures() {
        return messages(results.containerEvents().failed().stream().toList());
    }

    /** The failure of one test, with its suppressed failures. */
    Throwable failureOf(String test) {
        return results.testEvents().failed().stream().filter(e -> name(e).equals(test)).findFirst()
                .flatMap(e -> e.getRequiredPayload(TestExecutionResult.class).getThrowable())
                .orElseThrow(() -> new AssertionError("no failed test " + test + "; failures: " + failures().keySet()));
    }

    private static Map<String, String> messages(List<Event> events) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (Event event : events) {
            Throwable failure = event.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();
            messages.put(name(event), failure.getMessage());
        }
        return messages;
    }

    private static String name(Event event) {
        String displayName = event.getTestDescriptor().getDisplayName();
        var method = METHOD.matcher(displayName);
        return method.matches() ? method.group(1) : displayName;
    }
}
