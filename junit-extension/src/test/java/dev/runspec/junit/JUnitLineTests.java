package dev.runspec.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Proves which JUnit runs these tests. The build runs them twice: in this module on the newest
 * JUnit 5 (the API the extension is compiled against), and in {@code junit6-tests/} on the newest
 * JUnit 6; each run passes the version it asked for as {@code runspec.expectedJUnit}.
 */
class JUnitLineTests {

    @Test
    void runs_on_the_junit_the_build_asked_for() throws Exception {
        String expected = System.getProperty("runspec.expectedJUnit");
        assumeTrue(expected != null, "only the Maven build says which JUnit it asked for");

        assertThat(Test.class.getPackage().getImplementationVersion()).isEqualTo(expected);
        assertThat(ParameterizedTest.class.getPackage().getImplementationVersion()).isEqualTo(expected);
        assertThat(Class.forName("org.junit.jupiter.engine.JupiterTestEngine").getPackage().getImplementationVersion())
                .isEqualTo(expected);
    }
}
