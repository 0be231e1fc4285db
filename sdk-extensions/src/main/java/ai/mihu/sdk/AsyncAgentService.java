package ai.mihu.sdk;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.AgentList;
import ai.mihu.sdk.model.CreateAgentRequest;
import ai.mihu.sdk.model.UpdateAgentRequest;
import java.util.concurrent.CompletableFuture;

/**
 * The agents endpoints without blocking, obtained from {@code client.async().agents()}: each
 * method sends the same request as its {@link AgentService} twin, with the same validation, retry
 * policy, options and deadline, and returns at once.
 *
 * <p>Every failure completes the future exceptionally with the same
 * {@link ai.mihu.sdk.errors.MihuException} subclass the synchronous method would throw (an invalid
 * request included: nothing is sent); {@link CompletableFuture#join()} wraps it in a
 * {@link java.util.concurrent.CompletionException} and {@link CompletableFuture#get()} in an
 * {@link java.util.concurrent.ExecutionException}, as Java requires. After
 * {@link MihuClient#close()} the future fails with {@link IllegalStateException}.
 *
 * <p>{@link CompletableFuture#cancel(boolean) Cancelling} a returned future cancels the HTTP
 * request in progress, or the wait before a retry. No thread is held while a call waits for the
 * server or for a retry; futures complete on the client's {@code mihu-http-N} threads, so do not
 * block in dependent stages: use the {@code ...Async} stage methods with your own executor for
 * slow work.
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
public interface AsyncAgentService {

    /**
     * Creates an agent ({@code POST /api/v1/agents}), as {@link AgentService#create} does.
     *
     * <p><b>Not idempotent:</b> only failures where the server cannot have processed the request
     * are retried (see {@link MihuClient}).
     *
     * @param request the agent to create; validated before sending
     * @return a future of the created agent, unwrapped from the response envelope
     */
    CompletableFuture<Agent> create(CreateAgentRequest request);

    /**
     * Creates an agent like {@link #create(CreateAgentRequest)}, and also gives the status code,
     * headers, message and diagnostics of the response.
     *
     * @param request the agent to create; validated before sending
     * @return a future of the response, whose {@link MihuResponse#data()} is the created agent
     */
    CompletableFuture<MihuResponse<Agent>> createWithResponse(CreateAgentRequest request);

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
     * @return a future of the agents
     */
    default CompletableFuture<AgentList> list() {
        throw Unimplemented.method(this, "list");
    }

    /**
     * Does what {@link #list()} does, and also gives the status code, headers, message and
     * diagnostics of the response.
     *
     * @return a future of the response, whose {@link MihuResponse#data()} is the agents
     */
    default CompletableFuture<MihuResponse<AgentList>> listWithResponse() {
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
     * @return a future of the agent after the change
     */
    default CompletableFuture<Agent> update(String agentUuid, UpdateAgentRequest request) {
        throw Unimplemented.method(this, "update");
    }

    /**
     * Does what {@link #update(String, UpdateAgentRequest)} does, and also gives the status
     * code, headers, message and diagnostics of the response.
     *
     * @param agentUuid the agent's UUID; checked before sending
     * @param request the request body; validated before sending
     * @return a future of the response, whose {@link MihuResponse#data()} is the agent after the change
     */
    default CompletableFuture<MihuResponse<Agent>> updateWithResponse(String agentUuid, UpdateAgentRequest request) {
        throw Unimplemented.method(this, "updateWithResponse");
    }

    /**
     * The operations on an agent's notes, without blocking.
     *
     * @return the service; cheap to obtain, so there is no need to keep it
     */
    default AsyncAgentNoteService notes() {
        throw Unimplemented.method(this, "notes");
    }

    /**
     * The operations on an agent's guidelines, without blocking.
     *
     * @return the service; cheap to obtain, so there is no need to keep it
     */
    default AsyncAgentGuidelineService guidelines() {
        throw Unimplemented.method(this, "guidelines");
    }

    /**
     * The operations on an agent's procedures, with their steps, without blocking.
     *
     * @return the service; cheap to obtain, so there is no need to keep it
     */
    default AsyncAgentProcedureService procedures() {
        throw Unimplemented.method(this, "procedures");
    }

    /**
     * The operations on an agent's training examples, without blocking.
     *
     * @return the service; cheap to obtain, so there is no need to keep it
     */
    default AsyncAgentTrainingService training() {
        throw Unimplemented.method(this, "training");
    }

    /**
     * The operations on an agent's appointment settings, without blocking.
     *
     * @return the service; cheap to obtain, so there is no need to keep it
     */
    default AsyncAgentAppointmentService appointments() {
        throw Unimplemented.method(this, "appointments");
    }

    /**
     * The operations on an agent's guard rules, without blocking.
     *
     * @return the service; cheap to obtain, so there is no need to keep it
     */
    default AsyncAgentGuardRuleService guardRules() {
        throw Unimplemented.method(this, "guardRules");
    }

    /**
     * The operations on an agent's routing rules, without blocking.
     *
     * @return the service; cheap to obtain, so there is no need to keep it
     */
    default AsyncAgentRoutingRuleService routingRules() {
        throw Unimplemented.method(this, "routingRules");
    }

    /**
     * The operations on an agent's intents and their actions, without blocking.
     *
     * @return the service; cheap to obtain, so there is no need to keep it
     */
    default AsyncAgentIntentService intents() {
        throw Unimplemented.method(this, "intents");
    }

    /**
     * The operations on an agent's webhooks, without blocking.
     *
     * @return the service; cheap to obtain, so there is no need to keep it
     */
    default AsyncAgentWebhookService webhooks() {
        throw Unimplemented.method(this, "webhooks");
    }

    /**
     * The operations on an agent's channels (call channel provisioning, SIP trunk), without blocking.
     *
     * @return the service; cheap to obtain, so there is no need to keep it
     */
    default AsyncAgentChannelService channels() {
        throw Unimplemented.method(this, "channels");
    }
}
