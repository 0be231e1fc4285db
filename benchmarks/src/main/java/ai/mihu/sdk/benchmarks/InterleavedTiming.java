package ai.mihu.sdk.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Time per call of the SDK and of the hand-written OkHttp client, the two clients taking turns
 * call by call, with the calling thread's CPU time beside the wall-clock time.
 *
 * <p>Why beside JMH: on a machine of two cores, where the canned server's process shares the
 * cores with the benchmark, JMH runs one client's iterations after the other's, and a change of
 * load between them moves the ratio by more than the SDK's cost. Taking turns call by call (which
 * client goes first alternates too) exposes both clients to the same load, the median of each
 * client's call times is not moved by the rare call that waited for a garbage collection or a
 * descheduled thread, and the thread's CPU time ({@link ThreadMXBean#getCurrentThreadCpuTime()})
 * separates the client's own work from waiting.
 *
 * <p>Run it pinned, the benchmark on one core and the server on the other, so that neither
 * process waits for the other's threads ({@code BENCHMARKS.md} gives the command):
 * {@code -Dmihu.bench.serverCpus} is read by {@link ServerProcess}.
 */
public final class InterleavedTiming {

    private static final int WARM_UP_PAIRS = 10_000;

    private InterleavedTiming() {}

    /**
     * Prints, per operation of {@link ComparedClients}, each client's median, mean and 90th
     * percentile time per call and its mean CPU time per call, against a canned server in its own
     * process.
     *
     * @param args optionally, the calls per client and operation (default 40,000) and the
     *     operations, comma-separated (default all of {@link ComparedClients#OPERATIONS}); the
     *     operation {@code chat} times the peer, openai-java, against its own hand-written call
     *     ({@link ChatClients})
     */
    public static void main(String[] args) {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 40_000;
        List<String> operations = args.length > 1 ? List.of(args[1].split(",")) : ComparedClients.OPERATIONS;
        for (String operation : operations) {
            try (ServerProcess server = ServerProcess.start(operation)) {
                if (operation.equals("chat")) {
                    try (ChatClients clients = new ChatClients(server.baseUrl())) {
                        System.out.println(
                                measure("chat (openai-java)", clients::openAiJava, clients::rawOkHttp, calls));
                    }
                } else {
                    try (ComparedClients clients = new ComparedClients(server.baseUrl(), operation)) {
                        System.out.println(measure(operation, clients::sdk, clients::rawOkHttp, calls));
                    }
                }
            }
        }
    }

    private static String measure(String operation, Supplier<?> sdk, Supplier<?> rawOkHttp, int calls) {
        for (int i = 0; i < WARM_UP_PAIRS; i++) {
            requireAnswer(sdk.get());
            requireAnswer(rawOkHttp.get());
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] rawWall = new long[calls];
        long[] sdkWall = new long[calls];
        long[] rawCpu = new long[calls];
        long[] sdkCpu = new long[calls];
        for (int i = 0; i < calls; i++) {
            // Which client goes first alternates, so that neither always follows the other's garbage.
            if (i % 2 == 0) {
                timeOne(rawOkHttp, threads, rawWall, rawCpu, i);
                timeOne(sdk, threads, sdkWall, sdkCpu, i);
            } else {
                timeOne(sdk, threads, sdkWall, sdkCpu, i);
                timeOne(rawOkHttp, threads, rawWall, rawCpu, i);
            }
        }
        double rawMean = mean(rawWall);
        double sdkMean = mean(sdkWall);
        Arrays.sort(rawWall);
        Arrays.sort(sdkWall);
        double rawMedian = rawWall[calls / 2] / 1e3;
        double sdkMedian = sdkWall[calls / 2] / 1e3;
        double rawP90 = rawWall[calls * 9 / 10] / 1e3;
        double sdkP90 = sdkWall[calls * 9 / 10] / 1e3;
        double rawCpuMean = mean(rawCpu);
        double sdkCpuMean = mean(sdkCpu);
        return String.format(
                Locale.ROOT,
                "%-7s %,d calls each | median rawOkHttp %6.1f us  sdk %6.1f us  ratio %.2f"
                        + " | mean %6.1f / %6.1f us  ratio %.2f | p90 %6.1f / %6.1f us  ratio %.2f"
                        + " | calling thread's CPU %5.1f / %5.1f us  (+%.1f us)",
                operation,
                calls,
                rawMedian,
                sdkMedian,
                sdkMedian / rawMedian,
                rawMean,
                sdkMean,
                sdkMean / rawMean,
                rawP90,
                sdkP90,
                sdkP90 / rawP90,
                rawCpuMean,
                sdkCpuMean,
                sdkCpuMean - rawCpuMean);
    }

    /** One call of one client: its wall-clock time, then its CPU time, in nanoseconds. */
    private static void timeOne(Supplier<?> client, ThreadMXBean threads, long[] wall, long[] cpu, int index) {
        long cpu0 = threads.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        Object answer = client.get();
        long wall1 = System.nanoTime();
        cpu[index] = threads.getCurrentThreadCpuTime() - cpu0;
        wall[index] = wall1 - wall0;
        requireAnswer(answer);
    }

    private static void requireAnswer(Object answer) {
        if (answer == null) {
            throw new IllegalStateException("a client returned no answer");
        }
    }

    /** The mean, in microseconds, of values in nanoseconds. */
    private static double mean(long[] nanos) {
        double sum = 0;
        for (long value : nanos) {
            sum += value;
        }
        return sum / nanos.length / 1e3;
    }
}
