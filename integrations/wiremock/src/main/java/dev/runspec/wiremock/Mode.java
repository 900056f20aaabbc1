package dev.runspec.wiremock;

/** What {@link RunspecWireMock} does with a served response that does not conform. */
public enum Mode {

    /**
     * For tests: the test fails with every violation (through {@link ServedRunsExtension}, or
     * {@link RunspecWireMock#assertConforming()}); WireMock still serves the response as stubbed.
     */
    FAIL,

    /**
     * For shared and long-running servers: each verdict goes to the listener and is kept for
     * {@link RunspecWireMock#verdicts()}; each distinct (schema, pointer, rule) is logged once per
     * interval (logger {@code dev.runspec.wiremock}); when Micrometer is on the class path,
     * violations are counted as {@code runspec.violations} in its global registry, as the HTTP
     * client integrations count them. Nothing ever fails and serving is never affected.
     */
    REPORT
}
