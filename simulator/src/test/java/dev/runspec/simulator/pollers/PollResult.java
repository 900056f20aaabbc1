package dev.runspec.simulator.pollers;

import java.util.List;

/**
 * What a poller handed back to its caller.
 *
 * @param finished true when the poller decided the run was over; false when it gave up (its budget ran out)
 * @param status the last status it read
 * @param urls the output URLs it returned
 * @param polls how many get-run requests it sent
 */
record PollResult(boolean finished, String status, List<String> urls, int polls) {

    PollResult {
        urls = List.copyOf(urls);
    }
}
