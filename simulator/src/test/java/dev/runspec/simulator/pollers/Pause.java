package dev.runspec.simulator.pollers;

import java.time.Duration;

/**
 * How a poller waits between polls. A real client sleeps; against the simulator the test advances
 * the virtual clock instead, so a 24-hour run is polled to its end in no wall time.
 */
@FunctionalInterface
interface Pause {

    void pause(Duration duration);
}
