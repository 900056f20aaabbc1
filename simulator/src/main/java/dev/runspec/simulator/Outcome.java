package dev.runspec.simulator;

/**
 * What the engine decided for one request: the reply (null when the fault is a reset or an empty
 * close), the fault injected, and the run concerned.
 */
record Outcome(ApiReply reply, Fault fault, String runId) {
}
