package ai.mihu.sdk.benchmarks;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.CreateAgentRequest;
import ai.mihu.sdk.model.CreateAgentResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The baseline: what a team would write by hand instead of using the SDK, with
 * {@code java.net.http.HttpClient} and Jackson. It sends the same JSON as the SDK and decodes the
 * {@code {"data": ...}} envelope into the same generated {@link Agent}, and does nothing else: no
 * validation, no retries, no typed errors.
 */
public final class RawAgentsClient {

    private final HttpClient http;
    private final URI agentsUri;
    private final String authorization;
    private final ObjectWriter writer;
    private final ObjectReader reader;

    /**
     * A client for the server at {@code baseUrl}.
     *
     * @param baseUrl such as {@code http://127.0.0.1:40123}
     * @param apiToken sent as a bearer token
     */
    public RawAgentsClient(String baseUrl, String apiToken) {
        // HTTP/1.1 as the SDK speaks to a plain-http server; the JDK client would otherwise try an
        // h2c upgrade on every new connection.
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        this.agentsUri = URI.create(baseUrl + "/api/v1/agents");
        this.authorization = "Bearer " + apiToken;
        ObjectMapper mapper = SdkLikeJson.mapper();
        this.writer = mapper.writerFor(CreateAgentRequest.class);
        this.reader = mapper.readerFor(CreateAgentResponse.class);
    }

    /**
     * Creates an agent.
     *
     * @param request the request, sent as is
     * @return the created agent, from the envelope's {@code data}
     * @throws IllegalStateException for a non-2xx answer
     * @throws UncheckedIOException for a network or JSON failure
     */
    public Agent create(CreateAgentRequest request) {
        try {
            HttpRequest post = HttpRequest.newBuilder(agentsUri)
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", authorization)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(writer.writeValueAsBytes(request)))
                    .build();
            HttpResponse<byte[]> response = http.send(post, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("HTTP " + response.statusCode());
            }
            CreateAgentResponse envelope = reader.readValue(response.body());
            return envelope.getData();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
