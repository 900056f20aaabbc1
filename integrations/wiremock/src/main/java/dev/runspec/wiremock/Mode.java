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
     * {@link RunspecWireMock#verdicts()}; nothing ever fails and serving is never affected.
     */
    REPORT
}
