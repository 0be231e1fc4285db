package ai.mihu.sdk.benchmarks;

import ai.mihu.sdk.MihuClient;
import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.CreateAgentRequest;

/**
 * The two clients the overhead is measured between, pointed at one server, with the request of
 * one agent size: {@link MihuClient} with its defaults, and {@link RawOkHttpAgentsClient}, the same
 * create written by hand over the same transport.
 */
public final class CreateClients implements AutoCloseable {

    private final MihuClient sdk;
    private final RawOkHttpAgentsClient rawOkHttp;
    private final CreateAgentRequest request;

    /**
     * Builds both clients.
     *
     * @param baseUrl the server, such as {@code http://127.0.0.1:40123}
     * @param size {@code minimal} or {@code full}: which request to send
     */
    public CreateClients(String baseUrl, String size) {
        this.sdk = MihuClient.builder()
                .baseUrl(baseUrl)
                .apiToken(Payloads.API_TOKEN)
                .build();
        this.rawOkHttp = new RawOkHttpAgentsClient(baseUrl, Payloads.API_TOKEN);
        this.request = Payloads.request(size);
    }

    /**
     * One create through the SDK.
     *
     * @return the agent
     */
    public Agent sdk() {
        return sdk.agents().create(request);
    }

    /**
     * One create by hand over OkHttp.
     *
     * @return the agent
     */
    public Agent rawOkHttp() {
        return rawOkHttp.create(request);
    }

    /** Closes both clients. */
    @Override
    public void close() {
        sdk.close();
        rawOkHttp.close();
    }
}
