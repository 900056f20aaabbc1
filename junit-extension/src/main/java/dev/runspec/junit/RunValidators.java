package dev.runspec.junit;

import dev.runspec.core.Limits;
import dev.runspec.core.RunValidator;
import dev.runspec.core.SeverityPolicy;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One validator per severity policy and limits for the whole JVM, shared by every test class, every
 * annotation and every assertion. The validators share the bundled catalogue, which compiles
 * each schema once, on first use; both are safe to use from parallel tests.
 */
final class RunValidators {

    private record Settings(SeverityPolicy policy, Limits limits) {
    }

    private static final ConcurrentMap<Settings, RunValidator> BY_SETTINGS = new ConcurrentHashMap<>();

    private RunValidators() {
    }

    static RunValidator of(SeverityPolicy policy, Limits limits) {
        return BY_SETTINGS.computeIfAbsent(new Settings(policy, limits),
                s -> RunValidator.builder().policy(s.policy()).limits(s.limits()).build());
    }
}
