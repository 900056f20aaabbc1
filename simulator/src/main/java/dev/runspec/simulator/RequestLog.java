package dev.runspec.simulator;

import java.util.ArrayDeque;
import java.util.List;

/**
 * The requests one simulator received, the latest {@link #KEPT} of them, in the order answered:
 * adding is constant time, so a long-running or heavily loaded simulator neither slows down nor
 * grows without bound.
 */
final class RequestLog {

    /** How many requests are kept. */
    static final int KEPT = 100_000;

    private final ArrayDeque<ReceivedRequest> requests = new ArrayDeque<>();

    synchronized void add(ReceivedRequest request) {
        if (requests.size() == KEPT) {
            requests.removeFirst();
        }
        requests.addLast(request);
    }

    synchronized List<ReceivedRequest> snapshot() {
        return List.copyOf(requests);
    }
}
