package dev.runspec.simulator;

/**
 * What a request asks of the simulator: to create a run, get one or cancel one (with the run id
 * from its path or query), or nothing it serves.
 */
record Route(Kind kind, String runId) {

    enum Kind { CREATE, GET, CANCEL, INVALID_ID }

    static Route create() {
        return new Route(Kind.CREATE, null);
    }

    static Route get(String runId) {
        return new Route(Kind.GET, runId);
    }

    static Route cancel(String runId) {
        return new Route(Kind.CANCEL, runId);
    }
}
