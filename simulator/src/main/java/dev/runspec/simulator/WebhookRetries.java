package dev.runspec.simulator;

import java.time.Duration;
import java.util.SplittableRandom;

/**
 * How a provider retries one delivery: how many attempts in all, and how long (virtual time) it
 * waits after a failed attempt before the next. An attempt fails when the receiver answers
 * anything but 2xx, does not answer in time, or cannot be reached.
 *
 * @param maxAttempts attempts in all, the first included
 * @param firstBackoff the wait after the first failed attempt; each later wait doubles it
 * @param maxJitter the largest share added to a wait at random (0.1: up to 10% more)
 */
record WebhookRetries(int maxAttempts, Duration firstBackoff, double maxJitter) {

    /**
     * ComfyDeploy's {@code retry_fetch}: 3 tries, waiting 0.5 s then 1 s, each plus up to 10% (S,
     * lifecycle.md §2.3). That it retries on a non-2xx answer as on an error is inferred (I).
     */
    static final WebhookRetries COMFYDEPLOY = new WebhookRetries(3, Duration.ofMillis(500), 0.1);

    /**
     * Runflow retries on a non-2xx answer, a timeout or a connection error, on an exponential
     * schedule, and "stops retrying after a few attempts" (S, docs.runflow.io callbacks and
     * handle-async-callbacks). The count and the waits are not published: 5 attempts, waiting 30 s,
     * 1 min, 2 min, 4 min, each plus up to 10%, is our choice (I).
     */
    static final WebhookRetries RUNFLOW = new WebhookRetries(5, Duration.ofSeconds(30), 0.1);

    /** The wait after failed attempt {@code attempt} (1 for the first), jitter drawn from {@code random}. */
    Duration backoffAfter(int attempt, SplittableRandom random) {
        long base = firstBackoff.toNanos() << Math.min(attempt - 1, 20);
        double jitter = maxJitter <= 0 ? 0 : random.nextDouble() * maxJitter;
        return Duration.ofNanos(base + Math.round(base * jitter));
    }
}
