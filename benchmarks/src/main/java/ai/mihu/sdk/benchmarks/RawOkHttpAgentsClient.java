package ai.mihu.sdk.benchmarks;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.CreateAgentRequest;
import ai.mihu.sdk.model.CreateAgentResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * A second baseline: the same hand-written create as {@link RawAgentsClient}, over OkHttp, the
 * transport the SDK itself uses. Against it, the SDK's cost is its own layers (validation, Feign,
 * envelope checks, typed errors) without the difference between two HTTP clients.
 */
public final class RawOkHttpAgentsClient implements AutoCloseable {

    private static final MediaType JSON = MediaType.get("application/json");

    private final OkHttpClient http = new OkHttpClient();
    private final String agentsUrl;
    private final String authorization;
    private final ObjectWriter writer;
    private final ObjectReader reader;

    /**
     * A client for the server at {@code baseUrl}.
     *
     * @param baseUrl such as {@code http://127.0.0.1:40123}
     * @param apiToken sent as a bearer token
     */
    public RawOkHttpAgentsClient(String baseUrl, String apiToken) {
        this.agentsUrl = baseUrl + "/api/v1/agents";
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
            Request post = new Request.Builder()
                    .url(agentsUrl)
                    .header("Authorization", authorization)
                    .header("Accept", "application/json")
                    .post(RequestBody.create(writer.writeValueAsBytes(request), JSON))
                    .build();
            try (Response response = http.newCall(post).execute()) {
                if (!response.isSuccessful()) {
                    throw new IllegalStateException("HTTP " + response.code());
                }
                ResponseBody body = response.body();
                CreateAgentResponse envelope = reader.readValue(body.bytes());
                return envelope.getData();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Releases the connection pool. */
    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
