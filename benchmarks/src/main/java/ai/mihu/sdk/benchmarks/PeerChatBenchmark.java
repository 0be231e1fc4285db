package ai.mihu.sdk.benchmarks;

import com.openai.models.chat.completions.ChatCompletion;
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
 * The peer's overhead, measured as the SDK's is in {@link CreateRoundTripBenchmark}: openai-java
 * creating a chat completion against a canned loopback server (in its own process) answering a
 * fixed completion, beside the same call written by hand over OkHttp ({@link ChatClients}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PeerChatBenchmark {

    private ServerProcess server;
    private ChatClients clients;

    /** Starts the server and builds both clients. */
    @Setup(Level.Trial)
    public void start() {
        server = ServerProcess.start("chat");
        clients = new ChatClients(server.baseUrl());
    }

    /** Closes the clients and the server. */
    @TearDown(Level.Trial)
    public void stop() {
        clients.close();
        server.close();
    }

    /**
     * A chat completion through openai-java.
     *
     * @return the completion, so the JIT cannot drop the call
     */
    @Benchmark
    public ChatCompletion openAiJava() {
        return clients.openAiJava();
    }

    /**
     * The same chat completion by hand over OkHttp.
     *
     * @return the completion, so the JIT cannot drop the call
     */
    @Benchmark
    public ChatCompletion rawOkHttp() {
        return clients.rawOkHttp();
    }
}
