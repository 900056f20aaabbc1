package dev.runspec.junit;

import dev.runspec.core.RunValidator;
import dev.runspec.core.SeverityPolicy;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One validator per severity policy for the whole JVM, shared by every test class, every
 * annotation and every assertion. The validators share the bundled catalogue, which compiles
 * each schema once, on first use; both are safe to use from parallel tests.
 */
final class RunValidators {

    private static final ConcurrentMap<SeverityPolicy, RunValidator> BY_POLICY = new ConcurrentHashMap<>();

    private RunValidators() {
    }

    static RunValidator forPolicy(SeverityPolicy policy) {
        return BY_POLICY.computeIfAbsent(policy, p -> RunValidator.builder().policy(p).build());
    }
}
