package dev.runspec.cli;

import dev.runspec.simulator.ReceivedRequest;
import dev.runspec.simulator.Simulator;
import dev.runspec.simulator.SimulatorOptions;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code runspec simulate}: a local fake ComfyDeploy or Runflow on a loopback port (the
 * runspec-simulator module) until Ctrl-C or SIGTERM. The base URL is the first line on standard
 * output, then one line per request received; notes go to standard error.
 */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"Serves a fake ComfyDeploy or Runflow on a loopback port: create a run, poll it and cancel it",
                "with the provider's real paths and shapes; runs walk through every lifecycle (built-in scripts,",
                "or your own), with faults on request. Prints the base URL, then one line per request.",
                "Ctrl-C or SIGTERM stops it (exit status 0)."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:stopped by Ctrl-C or SIGTERM", "2:a wrong option, an unreadable scripts file or a port in use"})
final class SimulateCommand implements Callable<Integer> {

    /** The commands now serving in this JVM, so that an in-process test can stop them. */
    private static final Set<SimulateCommand> SERVING = ConcurrentHashMap.newKeySet();

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private RunspecCommand root;

    @Option(names = "--api", paramLabel = "API", required = true,
            description = "The API to serve: comfydeploy-v1, comfydeploy-v2 or runflow-v1.")
    private String api;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "The loopback port; 0 takes a free one. Default: ${DEFAULT-VALUE}.")
    private int port;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0",
            description = "The seed of every run and fault draw. Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = "--speed", paramLabel = "X", defaultValue = "1",
            description = "How many times as fast as the wall clock runs move (60: a minute a second). Default: ${DEFAULT-VALUE}.")
    private double speed;

    @Option(names = "--faults", paramLabel = "SPEC", defaultValue = "",
            description = "Faults of get-run responses, such as 429:0.1,503@step2,reset:0.01,latency=200ms~0.5"
                    + " (see the simulator's README).")
    private String faults;

    @Option(names = "--scripts", paramLabel = "FILE",
            description = "A JSON or YAML file of scripts to add to the built-in ones (may be repeated).")
    private List<Path> scripts = List.of();

    private final CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        Environment environment = root.environment();
        PrintWriter out = spec.commandLine().getOut();
        Simulator simulator;
        try {
            if (!(speed > 0) || Double.isInfinite(speed)) {
                throw new UsageException("--speed " + speed + " is not a number above 0 (a stopped clock moves no run)");
            }
            SimulatorOptions options = SimulatorOptions.api(api).seed(seed).speed(speed).port(port).faults(faults)
                    .startAt(Instant.now().truncatedTo(ChronoUnit.SECONDS))
                    .onRequest(request -> log(out, request));
            for (Path file : scripts) {
                Path resolved = environment.workingDirectory().resolve(file);
                if (!Files.isRegularFile(resolved) || !Files.isReadable(resolved)) {
                    throw new UsageException("--scripts " + file + ": no such readable file");
                }
                options = options.scripts(resolved);
            }
            simulator = Simulator.start(options);
        } catch (UsageException | IllegalArgumentException | IllegalStateException e) {
            throw new ParameterException(spec.commandLine(), UsageErrorHandler.reason(e));
        } catch (Exception e) {
            if (e instanceof java.net.BindException) {
                // Netty rethrows the bind failure itself (a checked exception) rather than a runtime one
                throw new ParameterException(spec.commandLine(), "cannot listen on 127.0.0.1:" + port + ": "
                        + UsageErrorHandler.reason(e));
            }
            throw e;
        }
        Thread hook = new Thread(() -> {
            stop.countDown();
            simulator.close();
        }, "runspec-simulate-shutdown");
        try {
            SERVING.add(this);
            boolean ownProcess = environment.in() == System.in;
            if (ownProcess) {
                StopSignals.onInterruptOrTerminate(stop::countDown);
            }
            Runtime.getRuntime().addShutdownHook(hook);
            synchronized (out) {
                out.println(simulator.baseUrl());
                out.flush();
            }
            CommandSetup.notesTo(spec.commandLine().getErr()).accept("simulating " + api + " at " + simulator.baseUrl()
                    + " (seed " + seed + ", speed " + speed + "x); " + createHint(simulator) + "; scripts: "
                    + String.join(", ", simulator.scriptNames()) + "; Ctrl-C stops");
            stop.await();
        } finally {
            SERVING.remove(this);
            simulator.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is stopping: the hook is running or has run
            }
        }
        CommandSetup.notesTo(spec.commandLine().getErr()).accept("stopped after " + simulator.requests().size()
                + " requests and " + simulator.runs().size() + " runs");
        return 0;
    }

    private static void log(PrintWriter out, ReceivedRequest request) {
        synchronized (out) {
            out.println(request.at().truncatedTo(ChronoUnit.MILLIS) + " " + request.line());
            out.flush();
        }
    }

    private static String createHint(Simulator simulator) {
        return switch (simulator.api()) {
            case "comfydeploy-v1" -> "create: POST " + simulator.baseUrl() + "/run, get: GET " + simulator.baseUrl()
                    + "/run?run_id=ID";
            case "comfydeploy-v2" -> "create: POST " + simulator.baseUrl() + "/run/deployment/queue, get: GET "
                    + simulator.baseUrl() + "/run/ID";
            default -> "create: POST " + simulator.baseUrl() + "/v1/models/OWNER/MODEL/runs, get: GET "
                    + simulator.baseUrl() + "/v1/runs/ID";
        };
    }

    /** Stops every simulate command serving in this JVM, as Ctrl-C would (for in-process tests). */
    static void stopAll() {
        SERVING.forEach(command -> command.stop.countDown());
    }

    /** Whether a simulate command is serving in this JVM. */
    static boolean serving() {
        return !SERVING.isEmpty();
    }
}
