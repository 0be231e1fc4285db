package ai.mihu.sdk.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * Time per call of the SDK and of the hand-written OkHttp client, in alternating blocks, with the
 * calling thread's CPU time beside the wall-clock time.
 *
 * <p>Why beside JMH: on a machine of two cores, where the canned server's process shares the
 * cores with the benchmark, JMH runs one client's iterations after the other's, and a change of
 * load between them moves the ratio by more than the SDK's cost. Alternating blocks of calls
 * exposes both clients to the same load, and the thread's CPU time
 * ({@link ThreadMXBean#getCurrentThreadCpuTime()}) separates the client's own work from waiting.
 */
public final class InterleavedTiming {

    private InterleavedTiming() {}

    /**
     * Prints, per operation of {@link ComparedClients}, the median over the rounds of the wall-clock
     * and CPU time per call of each client, against a canned server in its own process.
     *
     * @param args optionally, the calls per block (default 3,000) and the rounds (default 7)
     */
    public static void main(String[] args) {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 3_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (String operation : ComparedClients.OPERATIONS) {
            try (ServerProcess server = ServerProcess.start(operation);
                    ComparedClients clients = new ComparedClients(server.baseUrl(), operation)) {
                for (int i = 0; i < 5_000; i++) {
                    clients.sdk();
                    clients.rawOkHttp();
                }
                double[] rawWall = new double[rounds];
                double[] sdkWall = new double[rounds];
                double[] rawCpu = new double[rounds];
                double[] sdkCpu = new double[rounds];
                for (int round = 0; round < rounds; round++) {
                    long wall0 = System.nanoTime();
                    long cpu0 = threads.getCurrentThreadCpuTime();
                    for (int i = 0; i < calls; i++) {
                        clients.rawOkHttp();
                    }
                    long wall1 = System.nanoTime();
                    long cpu1 = threads.getCurrentThreadCpuTime();
                    for (int i = 0; i < calls; i++) {
                        clients.sdk();
                    }
                    long wall2 = System.nanoTime();
                    long cpu2 = threads.getCurrentThreadCpuTime();
                    rawWall[round] = (wall1 - wall0) / 1e3 / calls;
                    sdkWall[round] = (wall2 - wall1) / 1e3 / calls;
                    rawCpu[round] = (cpu1 - cpu0) / 1e3 / calls;
                    sdkCpu[round] = (cpu2 - cpu1) / 1e3 / calls;
                }
                double rw = median(rawWall);
                double sw = median(sdkWall);
                double rc = median(rawCpu);
                double sc = median(sdkCpu);
                System.out.printf(
                        Locale.ROOT,
                        "%-7s wall rawOkHttp %6.1f us  sdk %6.1f us  sdk/rawOkHttp %.2f | calling thread's CPU"
                                + " rawOkHttp %5.1f us  sdk %5.1f us  (+%.1f us)%n",
                        operation,
                        rw,
                        sw,
                        sw / rw,
                        rc,
                        sc,
                        sc - rc);
            }
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
