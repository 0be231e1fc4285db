package ai.mihu.sdk.benchmarks;

import ai.mihu.sdk.errors.InvalidRequestException.Violation;
import ai.mihu.sdk.model.CreateAgentRequest;
import ai.mihu.sdk.model.CreateAgentResponse;
import ai.mihu.sdk.validation.RequestValidator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The CPU-only parts of a create with a fully populated agent, without the network: validating
 * the request, writing it as JSON, and reading the full 201 answer into the generated models.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CodecBenchmark {

    private CreateAgentRequest request;
    private CreateAgentRequest minimalRequest;
    private byte[] response;
    private ObjectMapper mapper;

    /** Builds the request and loads the response once. */
    @Setup
    public void load() {
        request = Payloads.fullRequest();
        minimalRequest = Payloads.minimalRequest();
        response = Payloads.fullResponse();
        mapper = SdkLikeJson.mapper();
        if (!RequestValidator.validate(request).isEmpty()) {
            throw new IllegalStateException("the full request should be valid: " + RequestValidator.validate(request));
        }
    }

    /**
     * What the SDK checks before sending a full request.
     *
     * @return the (empty) list of problems
     */
    @Benchmark
    public List<Violation> validateFullRequest() {
        return RequestValidator.validate(request);
    }

    /**
     * What the SDK checks before sending a minimal request, for comparison.
     *
     * @return the (empty) list of problems
     */
    @Benchmark
    public List<Violation> validateMinimalRequest() {
        return RequestValidator.validate(minimalRequest);
    }

    /**
     * The full request as JSON bytes.
     *
     * @return the bytes
     * @throws IOException never, for a valid model
     */
    @Benchmark
    public byte[] encodeFullRequest() throws IOException {
        return mapper.writeValueAsBytes(request);
    }

    /**
     * The full 201 answer read into the envelope and agent models.
     *
     * @return the envelope
     * @throws IOException never, for the canned body
     */
    @Benchmark
    public CreateAgentResponse decodeFullAgent() throws IOException {
        return mapper.readValue(response, CreateAgentResponse.class);
    }
}
