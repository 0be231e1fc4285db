package ai.mihu.sdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Keeps the SDK's own cost from growing unseen: the bytes a create allocates through
 * {@code MihuClient}, over the bytes the same create allocates written by hand over OkHttp
 * ({@link RawOkHttpAgentsClient}), against a canned server on a loopback port.
 *
 * <p>Allocation, not time: it depends on the code, not on how busy the machine is, so the bound
 * can be tight. Each figure is the median of several rounds after a warm-up long enough for the
 * JIT to compile both paths ({@link AllocationPerCall}).
 *
 * <p>The bounds are the ratios measured when this test was written plus a few percent: the
 * issue's target of 1.5 is not met, for the reasons item by item in {@code BENCHMARKS.md}
 * (Feign's request templating and Hibernate Validator's path nodes). Lower a bound when a change
 * lowers the ratio; never raise one without saying why in {@code BENCHMARKS.md}.
 */
class AllocationOverheadTest {

    private static final int WARM_UP_CALLS = 4_000;
    private static final int ROUNDS = 7;
    private static final int CALLS_PER_ROUND = 200;
    // About 10 s on a busy 2-core machine; a call slowed to tens of milliseconds (such as Nagle's
    // algorithm holding the server's answer back) ends the test instead of letting it run for minutes.
    private static final Duration TIME_LIMIT = Duration.ofSeconds(90);

    @ParameterizedTest(name = "{0} create")
    @CsvSource({"minimal, 2.75", "full, 1.90"})
    void sdkAllocatesNoMoreOverHandWrittenOkHttpThanMeasured(String size, double maxRatio) {
        try (CannedAgentServer server = CannedAgentServer.start(Payloads.response(size));
                CreateClients clients = new CreateClients(server.baseUrl(), size)) {
            // Both measured on the one thread that runs this lambda: the count is per thread.
            long[] perCall = assertTimeoutPreemptively(TIME_LIMIT, () -> new long[] {
                AllocationPerCall.median(clients::rawOkHttp, WARM_UP_CALLS, ROUNDS, CALLS_PER_ROUND),
                AllocationPerCall.median(clients::sdk, WARM_UP_CALLS, ROUNDS, CALLS_PER_ROUND)
            });
            long raw = perCall[0];
            long sdk = perCall[1];

            double ratio = (double) sdk / raw;
            System.out.printf(
                    "%s create: rawOkHttp %d B/call, sdk %d B/call, sdk/rawOkHttp %.2f (bound %.2f)%n",
                    size, raw, sdk, ratio, maxRatio);
            // A hand-written create cannot allocate less than its request and response bodies.
            assertThat(raw).isGreaterThan(Payloads.response(size).length);
            assertThat(ratio)
                    .as("SDK allocation per %s create over rawOkHttp (%d over %d bytes)", size, sdk, raw)
                    .isLessThanOrEqualTo(maxRatio);
        }
    }
}
