package ai.mihu.sdk.benchmarks;

import ai.mihu.sdk.MihuClient;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What making a client view costs, as users make one per call ({@code withOptions}) or per tenant
 * ({@code forTenant}): time and, with {@code -prof gc}, bytes allocated. No request is sent.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ClientViewBenchmark {

    private MihuClient root;

    /** Builds the root client the views are made from. */
    @Setup(Level.Trial)
    public void start() {
        root = MihuClient.builder()
                .subdomain("acme")
                .apiToken(Payloads.API_TOKEN)
                .build();
    }

    /** Closes the root client. */
    @TearDown(Level.Trial)
    public void stop() {
        root.close();
    }

    /**
     * A per-call view with a timeout and a request id header.
     *
     * @return the view, so the JIT cannot drop it
     */
    @Benchmark
    public MihuClient withOptions() {
        return root.withOptions(o -> o.timeout(Duration.ofSeconds(10)).header("X-Request-Id", "req-1"));
    }

    /**
     * A view for another tenant.
     *
     * @return the view, so the JIT cannot drop it
     */
    @Benchmark
    public MihuClient forTenant() {
        return root.forTenant("globex", "sk_live_globex_5f1d7a2c8b4e4c3a");
    }
}
