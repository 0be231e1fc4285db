package ai.mihu.sdk;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.AgentList;
import ai.mihu.sdk.model.CreateAgentRequest;
import ai.mihu.sdk.model.UpdateAgentRequest;

/**
 * The agents endpoints of the Mihu API, obtained from {@link MihuClient#agents()}.
 *
 * <p>Thread-safe. Every method validates its request before sending it and throws only
 * subclasses of {@link ai.mihu.sdk.errors.MihuException}:
 * {@link ai.mihu.sdk.errors.InvalidRequestException} when the request is invalid (nothing is sent),
 * a {@link ai.mihu.sdk.errors.MihuApiException} subclass for a non-2xx answer,
 * {@link ai.mihu.sdk.errors.MihuConnectionException} or
 * {@link ai.mihu.sdk.errors.MihuTimeoutException} for a network failure, and
 * {@link ai.mihu.sdk.errors.MalformedResponseException} for a 2xx answer that cannot be used.
 * After {@link MihuClient#close()} they throw {@link IllegalStateException}.
 *
 * <p>The agent's sections have services of their own: {@link #notes()}, {@link #guidelines()},
 * {@link #procedures()}, {@link #training()}, {@link #appointments()}, {@link #guardRules()},
 * {@link #routingRules()}, {@link #intents()}, {@link #webhooks()} and {@link #channels()}. Their
 * verbs are the reference's: {@code add} adds one item and keeps the others, {@code replaceAll}
 * replaces a whole section (destructive), {@code update} changes one item or the agent, and
 * {@code delete} removes one item.
 *
 * <p>An interface, so that code using the SDK can substitute its own implementation in tests.
 * Every method added after {@code create} is a default method that throws
 * {@link UnsupportedOperationException} naming itself and the implementing class: a substitute
 * written against an earlier version keeps compiling, and a call it does not implement fails
 * loudly instead of returning something made up. The SDK's own implementation overrides them all.
 */
public interface AgentService {

    /**
     * Creates an agent ({@code POST /api/v1/agents}) and returns it as the server stored it.
     *
     * <p><b>Not idempotent:</b> a request that reaches the server creates an agent, and repeating
     * it creates another. The client therefore retries only failures where the server cannot have
     * processed the request (429, 503, and connection failures before anything was sent); see
     * {@link MihuClient} for the full retry policy.
     *
     * @param request the agent to create; validated before sending
     * @return the created agent, unwrapped from the response envelope
     * @throws ai.mihu.sdk.errors.InvalidRequestException if the request is invalid; nothing is sent
     * @throws ai.mihu.sdk.errors.MihuApiException (a subclass per status) for a non-2xx response
     * @throws ai.mihu.sdk.errors.MihuConnectionException for a network failure or timeout
     * @throws ai.mihu.sdk.errors.MalformedResponseException for a 2xx response that cannot be used
     */
    Agent create(CreateAgentRequest request);

    /**
     * Creates an agent like {@link #create(CreateAgentRequest)}, and also returns the status code,
     * headers and message of the response.
     *
     * @param request the agent to create; validated before sending
     * @return the response, whose {@link MihuResponse#data()} is the created agent
     * @throws ai.mihu.sdk.errors.InvalidRequestException if the request is invalid; nothing is sent
     * @throws ai.mihu.sdk.errors.MihuApiException (a subclass per status) for a non-2xx response
     * @throws ai.mihu.sdk.errors.MihuConnectionException for a network failure or timeout
     * @throws ai.mihu.sdk.errors.MalformedResponseException for a 2xx response that cannot be used
     */
    MihuResponse<Agent> createWithResponse(CreateAgentRequest request);

    /**
     * Lists the tenant's agents ({@code GET /api/v1/agents}).
     *
     * <p>The list's {@link AgentList#getItems() items} are the agents; whether the server
     * pages the list is unknown, so properties it adds to the list later stay readable
     * through {@link AgentList#getAdditionalProperties()}, and typed accessors for paging
     * can be added without breaking callers.
     *
     * <p><b>Idempotent:</b> repeating it leaves the server as one request would, so besides
     * 429, 503 and connections that could not be made, ambiguous failures (a read timeout, a
     * connection dropped after sending, a 500, 502 or 504) are retried too. See {@link
     * MihuClient} for the retry policy.
     *
     * @return the agents
     * @throws ai.mihu.sdk.errors.InvalidRequestException if an id or the request is invalid; nothing is sent
     * @throws ai.mihu.sdk.errors.MihuApiException (a subclass per status) for a non-2xx response
     * @throws ai.mihu.sdk.errors.MihuConnectionException for a network failure or timeout
     * @throws ai.mihu.sdk.errors.MalformedResponseException for a 2xx response that cannot be used
     */
    default AgentList list() {
        throw Unimplemented.method(this, "list");
    }

    /**
     * Does what {@link #list()} does, and also returns the status code, headers, message and
     * diagnostics of the response.
     *
     * @return the response, whose {@link MihuResponse#data()} is the agents
     * @throws ai.mihu.sdk.errors.InvalidRequestException if an id or the request is invalid; nothing is sent
     * @throws ai.mihu.sdk.errors.MihuApiException (a subclass per status) for a non-2xx response
     * @throws ai.mihu.sdk.errors.MihuConnectionException for a network failure or timeout
     * @throws ai.mihu.sdk.errors.MalformedResponseException for a 2xx response that cannot be used
     */
    default MihuResponse<AgentList> listWithResponse() {
        throw Unimplemented.method(this, "listWithResponse");
    }

    /**
     * Changes an agent ({@code PATCH /api/v1/agents/{agentUuid}}).
     *
     * <p>A property left out of the request is left unchanged; one cleared with the
     * builder's {@code clear...()} method is sent as {@code null} and cleared on the server;
     * a collection section that is sent ({@code guidelines}, {@code notes}, {@code
     * procedures}, {@code training}, {@code routing_rules}, {@code guard_rules}) replaces
     * that whole section, and an empty one removes all its items.
     *
     * <p><b>Idempotent:</b> repeating it leaves the server as one request would, so besides
     * 429, 503 and connections that could not be made, ambiguous failures (a read timeout, a
     * connection dropped after sending, a 500, 502 or 504) are retried too. See {@link
     * MihuClient} for the retry policy.
     *
     * @param agentUuid the agent's UUID; checked before sending
     * @param request the request body; validated before sending
     * @return the agent after the change
     * @throws ai.mihu.sdk.errors.InvalidRequestException if an id or the request is invalid; nothing is sent
     * @throws ai.mihu.sdk.errors.MihuApiException (a subclass per status) for a non-2xx response
     * @throws ai.mihu.sdk.errors.MihuConnectionException for a network failure or timeout
     * @throws ai.mihu.sdk.errors.MalformedResponseException for a 2xx response that cannot be used
     */
    default Agent update(String agentUuid, UpdateAgentRequest request) {
        throw Unimplemented.method(this, "update");
    }

    /**
     * Does what {@link #update(String, UpdateAgentRequest)} does, and also returns the
     * status code, headers, message and diagnostics of the response.
     *
     * @param agentUuid the agent's UUID; checked before sending
     * @param request the request body; validated before sending
     * @return the response, whose {@link MihuResponse#data()} is the agent after the change
     * @throws ai.mihu.sdk.errors.InvalidRequestException if an id or the request is invalid; nothing is sent
     * @throws ai.mihu.sdk.errors.MihuApiException (a subclass per status) for a non-2xx response
     * @throws ai.mihu.sdk.errors.MihuConnectionException for a network failure or timeout
     * @throws ai.mihu.sdk.errors.MalformedResponseException for a 2xx response that cannot be used
     */
    default MihuResponse<Agent> updateWithResponse(String agentUuid, UpdateAgentRequest request) {
        throw Unimplemented.method(this, "updateWithResponse");
    }

    /**
     * The operations on an agent's notes.
     *
     * @return the service; cheap to obtain, so there is no need to keep it
     */
    default AgentNoteService notes() {
        throw Unimplemented.method(this, "notes");
    }

    /**
     * The operations on an agent's guidelines.
     *
     * @return the service; cheap to obtain, so there is no need to keep it
     */
    default AgentGuidelineService guidelines() {
        throw Unimplemented.method(this, "guidelines");
    }

    /**
     * The operations on an agent's procedures, with their steps.
     *
     * @return the service; cheap to obtain, so there is no need to keep it
     */
    default AgentProcedureService procedures() {
        throw Unimplemented.method(this, "procedures");
    }

    /**
     * The operations on an agent's training examples.
     *
     * @return the service; cheap to obtain, so there is no need to keep it
     */
    default AgentTrainingService training() {
        throw Unimplemented.method(this, "training");
    }

    /**
     * The operations on an agent's appointment settings.
     *
     * @return the service; cheap to obtain, so there is no need to keep it
     */
    default AgentAppointmentService appointments() {
        throw Unimplemented.method(this, "appointments");
    }

    /**
     * The operations on an agent's guard rules.
     *
     * @return the service; cheap to obtain, so there is no need to keep it
     */
    default AgentGuardRuleService guardRules() {
        throw Unimplemented.method(this, "guardRules");
    }

    /**
     * The operations on an agent's routing rules.
     *
     * @return the service; cheap to obtain, so there is no need to keep it
     */
    default AgentRoutingRuleService routingRules() {
        throw Unimplemented.method(this, "routingRules");
    }

    /**
     * The operations on an agent's intents and their actions.
     *
     * @return the service; cheap to obtain, so there is no need to keep it
     */
    default AgentIntentService intents() {
        throw Unimplemented.method(this, "intents");
    }

    /**
     * The operations on an agent's webhooks.
     *
     * @return the service; cheap to obtain, so there is no need to keep it
     */
    default AgentWebhookService webhooks() {
        throw Unimplemented.method(this, "webhooks");
    }

    /**
     * The operations on an agent's channels (call channel provisioning, SIP trunk).
     *
     * @return the service; cheap to obtain, so there is no need to keep it
     */
    default AgentChannelService channels() {
        throw Unimplemented.method(this, "channels");
    }
}
