package dev.runspec.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.core.SpringVersion;

class SpringVersionTests {

    @Test
    void the_tests_run_on_the_spring_framework_the_build_asked_for() {
        String expected = System.getProperty("runspec.expectedSpring");

        assertThat(expected).as("system property runspec.expectedSpring, set by the pom").isNotBlank();
        assertThat(SpringVersion.getVersion()).isEqualTo(expected);
    }
}
