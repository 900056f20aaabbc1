package dev.runspec.simulator.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The TCP sockets of this machine on one loopback port, from Linux's {@code /proc/net/tcp} and
 * {@code /proc/net/tcp6} (a dual-stack JVM's IPv4 connections are listed there):
 * how a test sees whether its client kept connections alive (a few hundred sockets for thousands
 * of requests) or opened one per request (thousands, most in TIME_WAIT).
 */
final class LoopbackSockets {

    /** The server side of the port's connections: established, and all states (TIME_WAIT included). */
    record Count(int established, int all) {
    }

    private static final List<Path> TABLES = List.of(Path.of("/proc/net/tcp"), Path.of("/proc/net/tcp6"));

    private LoopbackSockets() {
    }

    static boolean available() {
        return Files.isReadable(TABLES.get(0));
    }

    /** The sockets whose local port is {@code port} and that are not the listening one. */
    static Count serverSide(int port) throws IOException {
        String hexPort = String.format(Locale.ROOT, "%04X", port);
        List<String> lines = new java.util.ArrayList<>();
        for (Path table : TABLES) {
            if (Files.isReadable(table)) {
                List<String> rows = Files.readAllLines(table);
                lines.addAll(rows.subList(1, rows.size()));
            }
        }
        int established = 0;
        int all = 0;
        for (String line : lines) {
            String[] fields = line.trim().split("\\s+");
            String local = fields[1];
            String state = fields[3];
            if (local.endsWith(":" + hexPort) && !state.equals("0A")) {
                all++;
                if (state.equals("01")) {
                    established++;
                }
            }
        }
        return new Count(established, all);
    }
}
