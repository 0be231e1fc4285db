package ai.mihu.sdk.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cold start: the whole-process time from launching a JVM to its first completed create, SDK
 * versus raw. Starts the canned server here, then launches {@link ColdStartCreate} in fresh JVMs
 * with this process's classpath, alternating SDK and raw runs so that machine noise hits both, and
 * prints the medians. Run as {@code ColdStartRunner [runs per client, default 15]}.
 */
public final class ColdStartRunner {

    private ColdStartRunner() {}

    /**
     * Runs the comparison and prints the medians and their ratio.
     *
     * @param args optionally, the number of runs per client
     * @throws Exception if a child process cannot be started or fails
     */
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");
        List<Long> sdk = new ArrayList<>();
        List<Long> raw = new ArrayList<>();
        try (CannedAgentServer server = CannedAgentServer.start(Payloads.minimalResponse())) {
            // One untimed run of each warms the OS file cache, so the first timed run is not the odd one out.
            launch(java, classpath, "sdk", server.baseUrl());
            launch(java, classpath, "raw", server.baseUrl());
            for (int i = 0; i < runs; i++) {
                sdk.add(launch(java, classpath, "sdk", server.baseUrl()));
                raw.add(launch(java, classpath, "raw", server.baseUrl()));
            }
        }
        double sdkMedian = median(sdk) / 1e6;
        double rawMedian = median(raw) / 1e6;
        System.out.printf(
                Locale.ROOT,
                "cold start, %d runs each: sdk median %.0f ms, raw median %.0f ms, sdk/raw %.2f%n",
                runs,
                sdkMedian,
                rawMedian,
                sdkMedian / rawMedian);
        System.out.printf(Locale.ROOT, "sdk runs (ms): %s%nraw runs (ms): %s%n", millis(sdk), millis(raw));
    }

    /** Launches one child JVM and returns its wall time in nanoseconds, from launch to exit. */
    private static long launch(String java, String classpath, String client, String baseUrl)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(
                        java, "-cp", classpath, ColdStartCreate.class.getName(), client, baseUrl)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        long start = System.nanoTime();
        Process process = builder.start();
        int exit = process.waitFor();
        long elapsed = System.nanoTime() - start;
        if (exit != 0) {
            throw new IllegalStateException(client + " cold-start run exited with " + exit);
        }
        return elapsed;
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    private static List<Long> millis(List<Long> nanos) {
        return nanos.stream().map(n -> n / 1_000_000).toList();
    }
}
