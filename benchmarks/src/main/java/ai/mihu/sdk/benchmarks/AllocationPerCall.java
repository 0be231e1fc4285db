package ai.mihu.sdk.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Bytes a call allocates on the calling thread, counted by the JVM
 * ({@link com.sun.management.ThreadMXBean#getThreadAllocatedBytes(long)}) around a run of calls
 * after a warm-up, as the median of several rounds. Unlike time, the figure does not depend on how
 * busy the machine is: it moves only when the code allocates differently (or when the JIT has not
 * yet optimised a path, which the warm-up is for).
 *
 * <p>A synchronous OkHttp call runs wholly on the calling thread, so this counts everything the
 * client does for it; a server in the same JVM allocates on its own threads and is not counted.
 */
public final class AllocationPerCall {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private AllocationPerCall() {}

    /**
     * Measures {@code call}.
     *
     * @param call one call; its result is kept alive until the next call
     * @param warmUpCalls calls made first and not counted, so the JIT has compiled the path
     * @param rounds rounds counted, each of {@code callsPerRound} calls
     * @param callsPerRound calls per round
     * @return the median over the rounds of the bytes allocated per call
     */
    public static long median(Supplier<?> call, int warmUpCalls, int rounds, int callsPerRound) {
        if (!THREADS.isThreadAllocatedMemorySupported()) {
            throw new IllegalStateException("this JVM does not count allocated bytes per thread");
        }
        THREADS.setThreadAllocatedMemoryEnabled(true);
        Object sink = null;
        for (int i = 0; i < warmUpCalls; i++) {
            sink = call.get();
        }
        long thread = Thread.currentThread().getId();
        long[] perCall = new long[rounds];
        for (int round = 0; round < rounds; round++) {
            long before = THREADS.getThreadAllocatedBytes(thread);
            for (int i = 0; i < callsPerRound; i++) {
                sink = call.get();
            }
            perCall[round] = (THREADS.getThreadAllocatedBytes(thread) - before) / callsPerRound;
        }
        if (sink == null) {
            throw new IllegalStateException("the call returned null");
        }
        Arrays.sort(perCall);
        return perCall[rounds / 2];
    }

    /**
     * Prints the SDK's and the hand-written OkHttp client's allocation per create, and their ratio,
     * for both agent sizes, against a canned server in this JVM.
     *
     * @param args optionally, the number of rounds and of calls per round (default 9 and 400)
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        for (String size : new String[] {"minimal", "full"}) {
            try (CannedAgentServer server = CannedAgentServer.start(Payloads.response(size));
                    CreateClients clients = new CreateClients(server.baseUrl(), size)) {
                long raw = median(clients::rawOkHttp, 3_000, rounds, calls);
                long sdk = median(clients::sdk, 3_000, rounds, calls);
                System.out.printf(
                        Locale.ROOT,
                        "%-7s rawOkHttp %,7d B/call  sdk %,7d B/call  sdk/rawOkHttp %.2f%n",
                        size,
                        raw,
                        sdk,
                        (double) sdk / raw);
            }
        }
    }
}
