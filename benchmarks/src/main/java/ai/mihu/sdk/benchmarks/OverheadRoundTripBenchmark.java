package ai.mihu.sdk.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The SDK's overhead over hand-written OkHttp, the figure issue 15 sets targets for: one call on
 * loopback, single-threaded, through {@link ai.mihu.sdk.MihuClient} and through
 * {@link RawOkHttpAgentsClient}, for each operation of {@link ComparedClients} (a minimal and a
 * full create, a list, an update), against a canned server in its own process
 * ({@link ServerProcess}). Run with {@code -prof gc} for the allocation per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class OverheadRoundTripBenchmark {

    /** Which call: {@code minimal} or {@code full} create, {@code list}, or {@code update}. */
    @Param({"minimal", "full", "list", "update"})
    public String operation;

    private ServerProcess server;
    private ComparedClients clients;

    /** Starts the server for the chosen operation and builds both clients. */
    @Setup(Level.Trial)
    public void start() {
        server = ServerProcess.start(operation);
        clients = new ComparedClients(server.baseUrl(), operation);
    }

    /** Closes the clients and the server. */
    @TearDown(Level.Trial)
    public void stop() {
        clients.close();
        server.close();
    }

    /**
     * The call through the SDK: validation, Feign over OkHttp, envelope checks, typed errors.
     *
     * @return the result, so the JIT cannot drop the call
     */
    @Benchmark
    public Object sdk() {
        return clients.sdk();
    }

    /**
     * The same call by hand over OkHttp, the SDK's own transport, and Jackson.
     *
     * @return the result, so the JIT cannot drop the call
     */
    @Benchmark
    public Object rawOkHttp() {
        return clients.rawOkHttp();
    }
}
