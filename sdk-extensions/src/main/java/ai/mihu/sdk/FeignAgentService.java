package ai.mihu.sdk;

import ai.mihu.sdk.errors.MihuException;
import ai.mihu.sdk.internal.api.AgentsApi;
import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.ApiResponse;
import ai.mihu.sdk.model.CreateAgentRequest;
import ai.mihu.sdk.model.CreateAgentResponse;
import ai.mihu.sdk.validation.RequestValidator;
import feign.codec.EncodeException;
import java.util.function.BooleanSupplier;

/**
 * {@link AgentService} over the generated Feign interface.
 *
 * <p>Validates each request before Feign sees it (so an invalid request sends nothing), calls the
 * generated {@code ...WithHttpInfo} method, and unwraps the envelope that {@link EnvelopeDecoder}
 * already checked. Everything else (retries, typed errors, logging) happens inside Feign.
 */
final class FeignAgentService implements AgentService {

    private final AgentsApi api;
    private final BooleanSupplier closed;

    FeignAgentService(AgentsApi api, BooleanSupplier closed) {
        this.api = api;
        this.closed = closed;
    }

    @Override
    public Agent create(CreateAgentRequest request) {
        // The envelope's data directly: a MihuResponse would copy the headers only to drop them.
        return send(request).getData().getData();
    }

    @Override
    public MihuResponse<Agent> createWithResponse(CreateAgentRequest request) {
        ApiResponse<CreateAgentResponse> response = send(request);
        CreateAgentResponse envelope = response.getData();
        return new MihuResponse<>(response.getStatusCode(), response.getHeaders(), envelope.getMessage(),
                envelope.getData());
    }

    /** Validates and sends a create; the envelope is already checked, its data present. */
    private ApiResponse<CreateAgentResponse> send(CreateAgentRequest request) {
        if (closed.getAsBoolean()) {
            throw new IllegalStateException("This MihuClient is closed; build a new one to send requests");
        }
        RequestValidator.requireValid(request);
        try {
            return api.createAgentWithHttpInfo(request);
        } catch (EncodeException e) {
            // Feign wraps encoder failures itself, so this is the one place they can be typed.
            // A validated generated model always serialises; this guards subclasses that do not.
            throw new MihuException("The request could not be written as JSON ("
                    + (e.getCause() == null ? "encoding failed" : e.getCause().getClass().getSimpleName())
                    + "); nothing was sent", e.getCause());
        }
    }

    @Override
    public String toString() {
        return "AgentService";
    }
}
