package dev.runspec.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Delivers webhook messages on the virtual clock: applies the faults (delay, repeat, reorder), posts
 * each attempt asynchronously with the JDK's HTTP client, retries on the provider's schedule, and
 * records every attempt. A receiver that is down, slow or failing never blocks the caller nor throws
 * into it: each attempt is bounded by a timeout and its failure is recorded as status {@code -1}.
 *
 * <p>Every random choice of a delivery (repeat, reorder, retry jitter, request id) is drawn from a
 * generator seeded with the simulator's seed and the delivery's sequence number, so the same seed and
 * the same sequence of changes give the same deliveries, whatever the receiver's timing.
 */
final class WebhookDispatch implements AutoCloseable {

    /** How long a delivery held back to swap with the next one waits (virtual) when no next one comes. */
    static final Duration REORDER_HOLD_LIMIT = Duration.ofSeconds(30);

    /** The most attempts kept in the record; past it, the oldest are dropped (a long simulator session stays bounded). */
    static final int RECORD_LIMIT = 100_000;

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final DeliveryScheduler scheduler;
    private final WebhookFaults faults;
    private final long seed;
    private final Duration attemptTimeout;
    private final ExecutorService executor;
    private final HttpClient client;
    private final ArrayDeque<Attempt> attempts = new ArrayDeque<>();
    private final Set<CompletableFuture<?>> inFlight = ConcurrentHashMap.newKeySet();
    private final Map<URI, CompletableFuture<Void>> lanes = new HashMap<>();
    private final AtomicInteger underway = new AtomicInteger();
    private volatile boolean closed;
    private long sequence;
    private List<Delivery> held;

    WebhookDispatch(DeliveryScheduler scheduler, WebhookFaults faults, long seed, Duration attemptTimeout) {
        this.scheduler = scheduler;
        this.faults = faults;
        this.seed = seed;
        this.attemptTimeout = attemptTimeout;
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "runspec-webhooks-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(attemptTimeout)
                .executor(executor)
                .build();
    }

    /**
     * Sends {@code message} as the faults say: after the delay, perhaps twice, perhaps after the next
     * one. The draws are made under this object's lock, in call order; the clock is called outside it,
     * so a clock that runs tasks under a lock of its own cannot deadlock with us.
     */
    void send(WebhookMessage message) {
        Instant due = scheduler.now().plus(faults.delay());
        List<Delivery> now = new ArrayList<>();
        List<Delivery> held;
        Instant holdUntil = null;
        synchronized (this) {
            if (closed) {
                return;
            }
            SplittableRandom random = new SplittableRandom(mix(seed, sequence++));
            boolean repeat = random.nextDouble() < faults.repeatRate();
            boolean reorder = random.nextDouble() < faults.reorderRate();
            String requestId = new UUID(random.nextLong() & ~0xF000L | 0x4000L,
                    random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L).toString();
            List<Delivery> group = new ArrayList<>();
            group.add(new Delivery(message, requestId, random.split(), due));
            if (repeat) {
                group.add(new Delivery(message, requestId, random.split(), due));
            }
            if (this.held != null) {
                now.addAll(group);
                this.held.forEach(delivery -> now.add(delivery.at(later(delivery.due(), due))));
                this.held = null;
            } else if (reorder) {
                this.held = group;
                holdUntil = due.plus(REORDER_HOLD_LIMIT);
            } else {
                now.addAll(group);
            }
            held = this.held;
        }
        now.forEach(this::schedule);
        if (holdUntil != null) {
            Instant at = holdUntil;
            scheduler.at(at, () -> releaseIfStillHeld(held, at));
        }
    }

    private void releaseIfStillHeld(List<Delivery> group, Instant at) {
        synchronized (this) {
            if (held != group) {
                return;
            }
            held = null;
        }
        group.forEach(delivery -> attempt(delivery.at(at), 1, at));
    }

    private void schedule(Delivery delivery) {
        scheduler.at(delivery.due(), () -> attempt(delivery, 1, delivery.due()));
    }

    /**
     * Queues one attempt behind the attempt to the same URL before it, so that a receiver gets one
     * delivery at a time, in the order sent (as the provider's one request per update would), and a
     * slow receiver holds up only its own deliveries.
     */
    private void attempt(Delivery delivery, int number, Instant sentAt) {
        if (closed) {
            return;
        }
        URI url = delivery.message().url();
        underway.incrementAndGet();
        CompletableFuture<Void> turn = new CompletableFuture<>();
        CompletableFuture<Void> before;
        synchronized (lanes) {
            before = lanes.getOrDefault(url, CompletableFuture.completedFuture(null));
            lanes.put(url, turn);
        }
        turn.whenComplete((ignored, failure) -> {
            synchronized (lanes) {
                lanes.remove(url, turn);
            }
            underway.decrementAndGet();
        });
        before.whenComplete((ignored, failure) -> post(delivery, number, sentAt, turn));
    }

    /** Posts one attempt; records it when the answer (or the failure) comes; schedules the retry; ends the turn. */
    private void post(Delivery delivery, int number, Instant sentAt, CompletableFuture<Void> turn) {
        if (closed) {
            turn.complete(null);
            return;
        }
        WebhookMessage message = delivery.message();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        message.headers().forEach(header -> headers.put(header.getKey(), List.of(header.getValue())));
        if (message.requestIdHeader() != null) {
            headers.put(message.requestIdHeader(), List.of(delivery.requestId()));
        }
        // The record gets its own copy of the bytes: whoever reads it cannot change what a retry sends.
        Attempt attempt = new Attempt(new WebhookDelivery(message.url(), message.schemaId(), message.runId(),
                Collections.unmodifiableMap(headers), message.body().clone(), number, sentAt, -1));
        synchronized (attempts) {
            if (attempts.size() == RECORD_LIMIT) {
                attempts.removeFirst();
            }
            attempts.add(attempt);
        }
        CompletableFuture<HttpResponse<Void>> response;
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(message.url())
                    .timeout(attemptTimeout)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(message.body()));
            headers.forEach((name, values) -> request.header(name, values.get(0)));
            response = client.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding());
        } catch (RuntimeException e) {
            // A URL the client cannot post to (not http or https, no host), or a client already closed.
            finish(delivery, attempt, -1, turn);
            return;
        }
        inFlight.add(response);
        response.whenComplete((answer, failure) -> {
            inFlight.remove(response);
            finish(delivery, attempt, answer == null ? -1 : answer.statusCode(), turn);
        });
    }

    private void finish(Delivery delivery, Attempt attempt, int status, CompletableFuture<Void> turn) {
        try {
            answered(delivery, attempt, status);
        } finally {
            turn.complete(null);
        }
    }

    /** Schedules the retry, if any, before the attempt shows as answered, so whoever sees it sees the retry pending. */
    private void answered(Delivery delivery, Attempt attempt, int status) {
        int number = attempt.delivery().attempt();
        WebhookRetries retries = delivery.message().retries();
        try {
            if (status / 100 != 2 && number < retries.maxAttempts() && !closed) {
                Instant next = attempt.delivery().sentAt().plus(retries.backoffAfter(number, delivery.random()));
                scheduler.at(next, () -> attempt(delivery, number + 1, next));
            }
        } finally {
            attempt.answered(status);
        }
    }

    /** Attempts started on the clock (queued behind another or in flight) and not yet answered. */
    int attemptsUnderway() {
        return underway.get();
    }

    /** Every attempt answered (or failed) so far, in the order sent (the latest {@value #RECORD_LIMIT}). */
    List<WebhookDelivery> deliveries() {
        synchronized (attempts) {
            return attempts.stream().filter(Attempt::isDone).map(Attempt::delivery).toList();
        }
    }

    /** Stops at once: nothing more is sent, in-flight attempts are abandoned, the client's threads end. */
    @Override
    public void close() {
        closed = true;
        synchronized (this) {
            held = null;
        }
        inFlight.forEach(future -> future.cancel(true));
        executor.shutdownNow();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** A SplitMix64 step: the seed of the {@code index}-th delivery. */
    private static long mix(long seed, long index) {
        long z = seed + (index + 1) * GOLDEN;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** One delivery of a message (a repeat is another), its request id and its own random draws. */
    private record Delivery(WebhookMessage message, String requestId, SplittableRandom random, Instant due) {

        Delivery at(Instant when) {
            return new Delivery(message, requestId, random, when);
        }
    }

    /** One attempt, recorded when sent and completed when answered. */
    private static final class Attempt {

        private volatile WebhookDelivery delivery;
        private volatile boolean done;

        Attempt(WebhookDelivery sent) {
            this.delivery = sent;
        }

        void answered(int status) {
            WebhookDelivery sent = delivery;
            delivery = new WebhookDelivery(sent.url(), sent.schemaId(), sent.runId(), sent.headers(), sent.body(),
                    sent.attempt(), sent.sentAt(), status);
            done = true;
        }

        boolean isDone() {
            return done;
        }

        WebhookDelivery delivery() {
            return delivery;
        }
    }
}
