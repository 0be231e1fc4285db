package ai.mihu.sdk.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@link CannedAgentServer} in a child JVM, so that the benchmark JVM holds only the client:
 * JMH's {@code -prof gc} counts the allocations of every thread of its JVM, and a server in the
 * same JVM would add its own to both clients' figures and blur their ratio.
 *
 * <p>With the system property {@code mihu.bench.serverCpus} set (such as {@code 1}), the child
 * runs on those CPUs only ({@code taskset -c}, Linux): with the benchmark's JVM pinned to the
 * other CPUs, neither process's threads wait for the other's.
 */
public final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final BufferedReader output;
    private final PrintWriter input;
    private final String baseUrl;

    private ServerProcess(String size) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try {
            List<String> command = new ArrayList<>();
            String cpus = System.getProperty("mihu.bench.serverCpus");
            if (cpus != null) {
                command.addAll(List.of("taskset", "-c", cpus));
            }
            command.addAll(List.of(
                    java,
                    "-Xmx256m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    CannedAgentServer.class.getName(),
                    size));
            process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            input = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
            String first = output.readLine();
            if (first == null || !first.startsWith("listening ")) {
                process.destroyForcibly();
                throw new IllegalStateException("the server process did not start: " + first);
            }
            baseUrl = first.substring("listening ".length());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the server process", e);
        }
    }

    /**
     * Starts a server process answering with the response for {@code size}.
     *
     * @param size {@code minimal} or {@code full}
     * @return the running server
     */
    public static ServerProcess start(String size) {
        return new ServerProcess(size);
    }

    /**
     * Where to point a client.
     *
     * @return the base URL, such as {@code http://127.0.0.1:40123}
     */
    public String baseUrl() {
        return baseUrl;
    }

    /**
     * The server's counts so far.
     *
     * @return a line such as {@code connections 32 requests 120000}
     */
    public String stats() {
        input.println("stats");
        try {
            return output.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the server's standard input, which stops it; kills it if it does not stop in time. */
    @Override
    public void close() {
        input.close();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
