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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * 32 threads share one client and create minimal agents as fast as they can. Each client has its
 * own server, which counts the connections opened: with a working pool the count stays near the
 * number of threads in flight, however many calls are made.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(32)
public class SharedClientThroughputBenchmark {

    /** One SDK client and its server, shared by every benchmark thread. */
    @State(Scope.Benchmark)
    public static class SdkTarget {
        ServerProcess server;
        MihuClient client;
        final CreateAgentRequest request = Payloads.minimalRequest();

        /** Starts the server and the client. */
        @Setup(Level.Trial)
        public void start() {
            server = ServerProcess.start("minimal");
            client = MihuClient.builder()
                    .baseUrl(server.baseUrl())
                    .apiToken(Payloads.API_TOKEN)
                    .build();
        }

        /** Reports the connections the server saw, then closes both. */
        @TearDown(Level.Trial)
        public void stop() {
            System.out.printf("%n[sdk] server: %s%n", server.stats());
            client.close();
            server.close();
        }
    }

    /** One raw client and its server, shared by every benchmark thread. */
    @State(Scope.Benchmark)
    public static class RawTarget {
        ServerProcess server;
        RawAgentsClient client;
        final CreateAgentRequest request = Payloads.minimalRequest();

        /** Starts the server and the client. */
        @Setup(Level.Trial)
        public void start() {
            server = ServerProcess.start("minimal");
            client = new RawAgentsClient(server.baseUrl(), Payloads.API_TOKEN);
        }

        /** Reports the connections the server saw, then closes the server. */
        @TearDown(Level.Trial)
        public void stop() {
            System.out.printf("%n[raw] server: %s%n", server.stats());
            server.close();
        }
    }

    /**
     * A create through the shared SDK client.
     *
     * @param target the shared client
     * @return the agent
     */
    @Benchmark
    public Agent sdk(SdkTarget target) {
        return target.client.agents().create(target.request);
    }

    /**
     * A create through the shared raw client.
     *
     * @param target the shared client
     * @return the agent
     */
    @Benchmark
    public Agent raw(RawTarget target) {
        return target.client.create(target.request);
    }
}
