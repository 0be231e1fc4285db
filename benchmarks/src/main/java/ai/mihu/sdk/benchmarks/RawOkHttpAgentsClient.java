package ai.mihu.sdk.benchmarks;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.AgentList;
import ai.mihu.sdk.model.AgentListResponse;
import ai.mihu.sdk.model.AgentResponse;
import ai.mihu.sdk.model.CreateAgentRequest;
import ai.mihu.sdk.model.CreateAgentResponse;
import ai.mihu.sdk.model.UpdateAgentRequest;
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
 * transport the SDK itself uses, and a list and an update written the same way. Against it, the
 * SDK's cost is its own layers (validation, Feign, envelope checks, typed errors) without the
 * difference between two HTTP clients.
 */
public final class RawOkHttpAgentsClient implements AutoCloseable {

    private static final MediaType JSON = MediaType.get("application/json");

    private final OkHttpClient http = new OkHttpClient();
    private final String agentsUrl;
    private final String authorization;
    private final ObjectWriter writer;
    private final ObjectReader reader;
    private final ObjectWriter updateWriter;
    private final ObjectReader updateReader;
    private final ObjectReader listReader;

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
        this.updateWriter = mapper.writerFor(UpdateAgentRequest.class);
        this.updateReader = mapper.readerFor(AgentResponse.class);
        this.listReader = mapper.readerFor(AgentListResponse.class);
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
        Request post = authorized(agentsUrl)
                .post(RequestBody.create(json(writer, request), JSON))
                .build();
        CreateAgentResponse envelope = send(post, reader, CreateAgentResponse.class);
        return envelope.getData();
    }

    /**
     * Lists the agents.
     *
     * @return the list, from the envelope's {@code data}
     * @throws IllegalStateException for a non-2xx answer
     * @throws UncheckedIOException for a network or JSON failure
     */
    public AgentList list() {
        AgentListResponse envelope = send(authorized(agentsUrl).get().build(), listReader, AgentListResponse.class);
        return envelope.getData();
    }

    /**
     * Changes an agent.
     *
     * @param agentUuid the agent, put into the path as it is
     * @param request the change, sent as is
     * @return the agent after the change, from the envelope's {@code data}
     * @throws IllegalStateException for a non-2xx answer
     * @throws UncheckedIOException for a network or JSON failure
     */
    public Agent update(String agentUuid, UpdateAgentRequest request) {
        Request patch = authorized(agentsUrl + "/" + agentUuid)
                .patch(RequestBody.create(json(updateWriter, request), JSON))
                .build();
        AgentResponse envelope = send(patch, updateReader, AgentResponse.class);
        return envelope.getData();
    }

    private Request.Builder authorized(String url) {
        return new Request.Builder()
                .url(url)
                .header("Authorization", authorization)
                .header("Accept", "application/json");
    }

    private static byte[] json(ObjectWriter writer, Object body) {
        try {
            return writer.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T send(Request request, ObjectReader envelopeReader, Class<T> envelopeType) {
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IllegalStateException("HTTP " + response.code());
            }
            ResponseBody body = response.body();
            return envelopeType.cast(envelopeReader.readValue(body.bytes()));
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
