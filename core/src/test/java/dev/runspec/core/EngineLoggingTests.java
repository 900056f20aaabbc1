package dev.runspec.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.shaded.slf4j.LoggerFactory;
import dev.runspec.shaded.slf4j.helpers.NOPLoggerFactory;
import dev.runspec.shaded.slf4j.nop.NOPServiceProvider;
import dev.runspec.shaded.slf4j.spi.SLF4JServiceProvider;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * networknt logs through SLF4J; runspec's engine carries that SLF4J relocated, with its own no-op
 * provider, so that validating never prints "No SLF4J providers were found" and never reaches the
 * user's SLF4J (compatibility-tests' consumer builds check their logs for the warning).
 */
class EngineLoggingTests {

    @Test
    void the_engine_slf4j_finds_exactly_its_own_no_op_provider() {
        assertThat(ServiceLoader.load(SLF4JServiceProvider.class, SLF4JServiceProvider.class.getClassLoader()).stream())
                .<Class<?>>map(ServiceLoader.Provider::type).containsExactly(NOPServiceProvider.class);
    }

    @Test
    void validating_logs_into_the_no_op_factory() {
        RunValidator.builder().build().validate("runflow-v1", "{\"id\": 1}");

        assertThat(LoggerFactory.getILoggerFactory()).isInstanceOf(NOPLoggerFactory.class);
    }
}
