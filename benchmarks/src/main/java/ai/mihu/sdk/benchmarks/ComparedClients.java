package ai.mihu.sdk.benchmarks;

import ai.mihu.sdk.MihuClient;
import ai.mihu.sdk.model.CreateAgentRequest;
import ai.mihu.sdk.model.UpdateAgentRequest;
import java.util.List;

/**
 * The two clients the overhead is measured between, pointed at one server, making one call of one
 * operation: {@link MihuClient} with its defaults, and {@link RawOkHttpAgentsClient}, the same
 * call written by hand over the same transport.
 *
 * <p>The operations: {@code minimal} and {@code full}, a create of an agent of that size;
 * {@code list}, the agent list; {@code update}, a change of one field of an agent. The server
 * must answer with {@link Payloads#status(String)} and {@link Payloads#response(String)} of the
 * same operation.
 */
public final class ComparedClients implements AutoCloseable {

    /** Every operation measured, in the order the tables of {@code BENCHMARKS.md} list them. */
    public static final List<String> OPERATIONS = List.of("minimal", "full", "list", "update");

    private final String operation;
    private final MihuClient sdk;
    private final RawOkHttpAgentsClient rawOkHttp;
    private final CreateAgentRequest create;
    private final UpdateAgentRequest update;

    /**
     * Builds both clients.
     *
     * @param baseUrl the server, such as {@code http://127.0.0.1:40123}
     * @param operation {@code minimal}, {@code full}, {@code list} or {@code update}
     */
    public ComparedClients(String baseUrl, String operation) {
        this.operation = operation;
        this.sdk = MihuClient.builder()
                .baseUrl(baseUrl)
                .apiToken(Payloads.API_TOKEN)
                .build();
        this.rawOkHttp = new RawOkHttpAgentsClient(baseUrl, Payloads.API_TOKEN);
        boolean creates = "minimal".equals(operation) || "full".equals(operation);
        this.create = creates ? Payloads.request(operation) : null;
        this.update = "update".equals(operation) ? Payloads.updateRequest() : null;
        if (!creates && update == null && !"list".equals(operation)) {
            throw new IllegalArgumentException("operation is minimal, full, list or update, not " + operation);
        }
    }

    /**
     * One call through the SDK.
     *
     * @return what the call returns (the agent, or the list)
     */
    public Object sdk() {
        return switch (operation) {
            case "list" -> sdk.agents().list();
            case "update" -> sdk.agents().update(Payloads.UPDATED_AGENT, update);
            default -> sdk.agents().create(create);
        };
    }

    /**
     * The same call by hand over OkHttp.
     *
     * @return what the call returns (the agent, or the list)
     */
    public Object rawOkHttp() {
        return switch (operation) {
            case "list" -> rawOkHttp.list();
            case "update" -> rawOkHttp.update(Payloads.UPDATED_AGENT, update);
            default -> rawOkHttp.create(create);
        };
    }

    /** Closes both clients. */
    @Override
    public void close() {
        sdk.close();
        rawOkHttp.close();
    }
}
