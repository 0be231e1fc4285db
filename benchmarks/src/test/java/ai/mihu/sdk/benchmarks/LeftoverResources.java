package ai.mihu.sdk.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a closed client could leave behind in this JVM: OkHttp threads still at work, and TCP
 * connections still open to a server port. Each check polls for a bounded time, because sockets
 * and threads wind down a moment after {@code close()} returns.
 */
final class LeftoverResources {

    /** TCP states in which a socket is still open on its side: ESTABLISHED and CLOSE_WAIT. */
    private static final List<String> OPEN_STATES = List.of("01", "08");

    private static final List<Path> TCP_TABLES = List.of(Path.of("/proc/net/tcp"), Path.of("/proc/net/tcp6"));

    private LeftoverResources() {}

    /** Whether this OS exposes the kernel's TCP tables, so open connections can be counted. */
    static boolean canCountConnections() {
        return TCP_TABLES.stream().anyMatch(Files::isReadable);
    }

    /**
     * OkHttp threads doing work or scheduled to. OkHttp 4 runs connection-pool upkeep on one
     * process-wide daemon pool ("OkHttp TaskRunner") shared by every OkHttp client; its workers stay
     * parked in {@code ThreadPoolExecutor.getTask} for up to 60 s after their last task and no client
     * can stop them. A parked worker holds nothing of a client's, so only the others count.
     *
     * @param patience how long to wait for busy threads to finish
     * @return the names of OkHttp threads still busy after that time
     */
    static List<String> busyOkHttpThreads(Duration patience) throws InterruptedException {
        return pollUntilEmpty(LeftoverResources::busyOkHttpThreadsNow, patience);
    }

    /**
     * Open TCP sockets, on either end, of connections to {@code port} on this host, from the kernel's
     * tables (Linux). Both the client's socket and the server's count, so a connection the client
     * closed but the server still holds is found too.
     *
     * @param port the server port
     * @param patience how long to wait for the count to drop to zero
     * @return the count left after that time
     */
    static int establishedConnections(int port, Duration patience) throws InterruptedException {
        return pollUntilEmpty(() -> openSockets(port), patience).size();
    }

    /** The number of connections opened to {@code port}, open now, as {@link #establishedConnections}. */
    static int openConnectionsNow(int port) {
        return openSockets(port).size();
    }

    private static List<String> busyOkHttpThreadsNow() {
        List<String> busy = new ArrayList<>();
        for (Map.Entry<Thread, StackTraceElement[]> entry :
                Thread.getAllStackTraces().entrySet()) {
            Thread thread = entry.getKey();
            if (thread.getName().startsWith("OkHttp") && thread.isAlive() && !parkedInExecutor(entry.getValue())) {
                busy.add(thread.getName());
            }
        }
        return busy;
    }

    /** True when the stack is an executor worker waiting for a task, with no OkHttp frame above it. */
    private static boolean parkedInExecutor(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith("okhttp3.")) {
                return false;
            }
            if (frame.getClassName().equals("java.util.concurrent.ThreadPoolExecutor")
                    && frame.getMethodName().equals("getTask")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> openSockets(int port) {
        String hexPort = String.format(Locale.ROOT, "%04X", port);
        List<String> open = new ArrayList<>();
        for (Path table : TCP_TABLES) {
            if (!Files.isReadable(table)) {
                continue;
            }
            List<String> lines;
            try {
                lines = Files.readAllLines(table);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // Columns: sl, local address:port, remote address:port, state, ... (ports in hex).
            for (String line : lines.subList(1, lines.size())) {
                String[] columns = line.trim().split("\\s+");
                boolean ours = columns[1].endsWith(":" + hexPort) || columns[2].endsWith(":" + hexPort);
                boolean listening = "0A".equals(columns[3]);
                if (ours && !listening && OPEN_STATES.contains(columns[3])) {
                    open.add(columns[1] + " -> " + columns[2] + " state " + columns[3]);
                }
            }
        }
        return open;
    }

    private static List<String> pollUntilEmpty(Supplier<List<String>> probe, Duration patience)
            throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        List<String> found = probe.get();
        while (!found.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            found = probe.get();
        }
        return found;
    }
}
