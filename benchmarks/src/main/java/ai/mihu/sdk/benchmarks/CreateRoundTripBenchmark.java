package ai.mihu.sdk.benchmarks;

import ai.mihu.sdk.MihuClient;
import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.CreateAgentRequest;
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
 * One create on loopback, single-threaded: {@link MihuClient} against {@link RawAgentsClient}
 * (java.net.http, the baseline the issue asks for) and {@link RawOkHttpAgentsClient},
 * the same request, the same canned server (in its own process, see {@link ServerProcess}), in the
 * same JVM. The time and allocation ratios SDK/raw are the cost of the SDK.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CreateRoundTripBenchmark {

    /** Which agent: {@code minimal} (a name) or {@code full} (every field, both ways). */
    @Param({"minimal", "full"})
    public String agent;

    private ServerProcess server;
    private MihuClient sdk;
    private RawAgentsClient raw;
    private RawOkHttpAgentsClient rawOkHttp;
    private CreateAgentRequest request;

    /** Starts the server for the chosen agent and builds both clients. */
    @Setup(Level.Trial)
    public void start() {
        server = ServerProcess.start(agent);
        sdk = MihuClient.builder()
                .baseUrl(server.baseUrl())
                .apiToken(Payloads.API_TOKEN)
                .build();
        raw = new RawAgentsClient(server.baseUrl(), Payloads.API_TOKEN);
        rawOkHttp = new RawOkHttpAgentsClient(server.baseUrl(), Payloads.API_TOKEN);
        request = Payloads.request(agent);
    }

    /** Closes the SDK client and the server. */
    @TearDown(Level.Trial)
    public void stop() {
        sdk.close();
        rawOkHttp.close();
        server.close();
    }

    /**
     * A create through the SDK: validation, Feign over OkHttp, envelope checks, typed errors.
     *
     * @return the agent, so the JIT cannot drop the call
     */
    @Benchmark
    public Agent sdk() {
        return sdk.agents().create(request);
    }

    /**
     * The same create by hand: java.net.http and Jackson.
     *
     * @return the agent, so the JIT cannot drop the call
     */
    @Benchmark
    public Agent raw() {
        return raw.create(request);
    }

    /**
     * The same create by hand over OkHttp, the SDK's own transport, and Jackson.
     *
     * @return the agent, so the JIT cannot drop the call
     */
    @Benchmark
    public Agent rawOkHttp() {
        return rawOkHttp.create(request);
    }
}
