package dev.runspec.maven;

import dev.runspec.core.ValidationResult;
import dev.runspec.core.RunValidator;
import dev.runspec.core.SequenceChecker;
import dev.runspec.core.report.InputResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Hashes every fixture, reuses the cached verdict of each unchanged one and validates the rest,
 * spread over a few threads (the validator is thread-safe). A fixture that cannot be read gets the
 * core's {@code unreadable} verdict like any other input, and is never cached.
 */
final class FixtureVerifier {

    /** Below this many fixtures a single thread is quicker than starting a pool. */
    private static final int PARALLEL_THRESHOLD = 64;

    private final RunValidator validator;
    private final int threads;

    FixtureVerifier(RunValidator validator, int threads) {
        this.validator = validator;
        this.threads = Math.max(1, threads);
    }

    /** Every fixture's verdicts, in the order given. */
    List<CheckedFixture> verify(List<Fixture> fixtures, VerdictCache cache) throws MojoExecutionException {
        if (threads == 1 || fixtures.size() < PARALLEL_THRESHOLD) {
            List<CheckedFixture> checked = new ArrayList<>(fixtures.size());
            for (Fixture fixture : fixtures) {
                checked.add(check(fixture, cache));
            }
            return checked;
        }
        return inParallel(fixtures, cache);
    }

    private List<CheckedFixture> inParallel(List<Fixture> fixtures, VerdictCache cache) throws MojoExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, new PluginThreads());
        try {
            int batch = Math.max(16, fixtures.size() / (threads * 8));
            List<Future<List<CheckedFixture>>> futures = new ArrayList<>();
            for (int from = 0; from < fixtures.size(); from += batch) {
                List<Fixture> slice = fixtures.subList(from, Math.min(fixtures.size(), from + batch));
                futures.add(pool.submit(() -> {
                    List<CheckedFixture> checked = new ArrayList<>(slice.size());
                    for (Fixture fixture : slice) {
                        checked.add(check(fixture, cache));
                    }
                    return checked;
                }));
            }
            List<CheckedFixture> all = new ArrayList<>(fixtures.size());
            for (Future<List<CheckedFixture>> future : futures) {
                all.addAll(future.get());
            }
            return all;
        } catch (ExecutionException e) {
            throw new MojoExecutionException("validation failed unexpectedly: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("interrupted while validating fixtures", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private CheckedFixture check(Fixture fixture, VerdictCache cache) {
        Optional<String> hashed = sha256(fixture);
        if (hashed.isEmpty()) {
            return new CheckedFixture(fixture, null, validate(fixture), true);
        }
        String sha256 = hashed.get();
        Optional<List<InputResult>> earlier = cache.lookup(fixture, sha256);
        if (earlier.isPresent()) {
            return new CheckedFixture(fixture, sha256, earlier.get(), false);
        }
        return new CheckedFixture(fixture, sha256, validate(fixture), true);
    }

    private List<InputResult> validate(Fixture fixture) {
        if (fixture.lineDelimited() && fixture.sequence()) {
            List<InputResult> lines = new ArrayList<>();
            SequenceChecker.create(validator, fixture.schema()).acceptLines(fixture.input(), fixture.file(),
                    line -> lines.add(new InputResult(fixture.input(), line.lineNumber(), advised(line.result().withoutDocument()))));
            return lines;
        }
        if (fixture.lineDelimited()) {
            List<InputResult> lines = new ArrayList<>();
            validator.validateLines(fixture.schema(), fixture.file(),
                    line -> lines.add(new InputResult(fixture.input(), line.lineNumber(), advised(line.result()))));
            return lines;
        }
        return List.of(InputResult.of(fixture.input(), advised(validator.validate(fixture.schema(), fixture.file()))));
    }

    /** The verdict with Maven's advice. */
    private static ValidationResult advised(ValidationResult result) {
        return Advice.forFixture(result);
    }

    /** The hash of the fixture's content, or nothing when it cannot be read (the core then says why). */
    private static Optional<String> sha256(Fixture fixture) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(fixture.file())) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(HexFormat.of().formatHex(digest.digest()));
    }

    /** Daemon threads that load classes through the plugin's own class realm. */
    private static final class PluginThreads implements ThreadFactory {

        private final AtomicInteger count = new AtomicInteger();
        private final ClassLoader loader = FixtureVerifier.class.getClassLoader();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "runspec-verify-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setContextClassLoader(loader);
            return thread;
        }
    }
}
