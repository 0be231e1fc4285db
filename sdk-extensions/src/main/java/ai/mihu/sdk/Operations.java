package ai.mihu.sdk;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.AgentList;
import ai.mihu.sdk.model.AgentListResponse;
import ai.mihu.sdk.model.AgentResponse;
import ai.mihu.sdk.model.CreateAgentResponse;
import ai.mihu.sdk.model.Intent;
import ai.mihu.sdk.model.IntentEvent;
import ai.mihu.sdk.model.IntentEventResponse;
import ai.mihu.sdk.model.IntentResponse;
import ai.mihu.sdk.model.PhoneNumberChannels;
import ai.mihu.sdk.model.PhoneNumberChannelsResponse;
import ai.mihu.sdk.model.ProvisionCallChannelResponse;
import ai.mihu.sdk.model.ProvisionCallChannelResult;
import ai.mihu.sdk.model.SipTrunkAssignment;
import ai.mihu.sdk.model.SipTrunkAssignmentResponse;
import ai.mihu.sdk.model.Webhook;
import ai.mihu.sdk.model.WebhookResponse;

/**
 * The operations of the API the SDK offers, each with its retry rule: {@code POST} of a create or
 * of an "add one" is {@link Idempotency#NOT_IDEMPOTENT}, as are the channel {@code POST}s whose
 * repeat the reference does not describe; {@code PUT} (replace), field {@code PATCH}es and reads
 * are {@link Idempotency#IDEMPOTENT}; {@code DELETE}s are {@link Idempotency#DELETE}.
 */
final class Operations {

    /** {@code POST /api/v1/agents}: a repeated request creates a second agent. */
    static final Operation<CreateAgentResponse, Agent> CREATE_AGENT = new Operation<>(
            "create agent", Idempotency.NOT_IDEMPOTENT, CreateAgentResponse::getData, CreateAgentResponse::getMessage);

    /** {@code GET /api/v1/agents}: repeating leaves the server as one request would. */
    static final Operation<AgentListResponse, AgentList> LIST_AGENTS = new Operation<>(
            "list agents", Idempotency.IDEMPOTENT, AgentListResponse::getData, AgentListResponse::getMessage);

    /** {@code PATCH /api/v1/agents/{uuid}}: repeating leaves the server as one request would. */
    static final Operation<AgentResponse, Agent> UPDATE_AGENT =
            new Operation<>("update agent", Idempotency.IDEMPOTENT, AgentResponse::getData, AgentResponse::getMessage);

    /** {@code POST /api/v1/agents/{uuid}/notes}: a repeat that reached the server adds the note twice. */
    static final Operation<AgentResponse, Agent> ADD_AGENT_NOTE = new Operation<>(
            "add agent note", Idempotency.NOT_IDEMPOTENT, AgentResponse::getData, AgentResponse::getMessage);

    /** {@code POST /api/v1/agents/{uuid}/guidelines}: a repeat that reached the server adds the guideline twice. */
    static final Operation<AgentResponse, Agent> ADD_AGENT_GUIDELINE = new Operation<>(
            "add agent guideline", Idempotency.NOT_IDEMPOTENT, AgentResponse::getData, AgentResponse::getMessage);

    /** {@code PUT /api/v1/agents/{uuid}/guidelines}: repeating leaves the server as one request would. */
    static final Operation<AgentResponse, Agent> REPLACE_AGENT_GUIDELINES = new Operation<>(
            "replace agent guidelines", Idempotency.IDEMPOTENT, AgentResponse::getData, AgentResponse::getMessage);

    /** {@code POST /api/v1/agents/{uuid}/procedures}: a repeat that reached the server adds the procedure twice. */
    static final Operation<AgentResponse, Agent> ADD_AGENT_PROCEDURE = new Operation<>(
            "add agent procedure", Idempotency.NOT_IDEMPOTENT, AgentResponse::getData, AgentResponse::getMessage);

    /** {@code PATCH /api/v1/agents/{uuid}/procedures/{procedureUuid}}: repeating leaves the server as one request would. */
    static final Operation<AgentResponse, Agent> UPDATE_AGENT_PROCEDURE = new Operation<>(
            "update agent procedure", Idempotency.IDEMPOTENT, AgentResponse::getData, AgentResponse::getMessage);

    /** {@code DELETE /api/v1/agents/{uuid}/procedures/{procedureUuid}}: a repeat after success may answer 404. */
    static final Operation<AgentResponse, Agent> DELETE_AGENT_PROCEDURE = new Operation<>(
            "delete agent procedure", Idempotency.DELETE, AgentResponse::getData, AgentResponse::getMessage);

    /** {@code PUT /api/v1/agents/{uuid}/training}: repeating leaves the server as one request would. */
    static final Operation<AgentResponse, Agent> REPLACE_AGENT_TRAINING = new Operation<>(
            "replace agent training", Idempotency.IDEMPOTENT, AgentResponse::getData, AgentResponse::getMessage);

    /** {@code PATCH /api/v1/agents/{uuid}/training/{trainingUuid}}: repeating leaves the server as one request would. */
    static final Operation<AgentResponse, Agent> UPDATE_AGENT_TRAINING_EXAMPLE = new Operation<>(
            "update agent training example", Idempotency.IDEMPOTENT, AgentResponse::getData, AgentResponse::getMessage);

    /** {@code PUT /api/v1/agents/{uuid}/appointments}: repeating leaves the server as one request would. */
    static final Operation<AgentResponse, Agent> REPLACE_AGENT_APPOINTMENTS = new Operation<>(
            "replace agent appointments", Idempotency.IDEMPOTENT, AgentResponse::getData, AgentResponse::getMessage);

    /** {@code PUT /api/v1/agents/{uuid}/guard-rules}: repeating leaves the server as one request would. */
    static final Operation<AgentResponse, Agent> REPLACE_AGENT_GUARD_RULES = new Operation<>(
            "replace agent guard rules", Idempotency.IDEMPOTENT, AgentResponse::getData, AgentResponse::getMessage);

    /** {@code POST /api/v1/agents/{uuid}/guard-rules}: a repeat that reached the server adds the rule twice. */
    static final Operation<AgentResponse, Agent> ADD_AGENT_GUARD_RULE = new Operation<>(
            "add agent guard rule", Idempotency.NOT_IDEMPOTENT, AgentResponse::getData, AgentResponse::getMessage);

    /** {@code PATCH /api/v1/agents/{uuid}/guard-rules/{ruleUuid}}: repeating leaves the server as one request would. */
    static final Operation<AgentResponse, Agent> UPDATE_AGENT_GUARD_RULE = new Operation<>(
            "update agent guard rule", Idempotency.IDEMPOTENT, AgentResponse::getData, AgentResponse::getMessage);

    /** {@code POST /api/v1/agents/{uuid}/routing-rules}: a repeat that reached the server adds the rule twice. */
    static final Operation<AgentResponse, Agent> ADD_AGENT_ROUTING_RULE = new Operation<>(
            "add agent routing rule", Idempotency.NOT_IDEMPOTENT, AgentResponse::getData, AgentResponse::getMessage);

    /** {@code PATCH /api/v1/agents/{uuid}/routing-rules/{ruleUuid}}: repeating leaves the server as one request would. */
    static final Operation<AgentResponse, Agent> UPDATE_AGENT_ROUTING_RULE = new Operation<>(
            "update agent routing rule", Idempotency.IDEMPOTENT, AgentResponse::getData, AgentResponse::getMessage);

    /** {@code DELETE /api/v1/agents/{uuid}/routing-rules/{ruleUuid}}: a repeat after success may answer 404. */
    static final Operation<AgentResponse, Agent> DELETE_AGENT_ROUTING_RULE = new Operation<>(
            "delete agent routing rule", Idempotency.DELETE, AgentResponse::getData, AgentResponse::getMessage);

    /** {@code PATCH /api/v1/agents/{uuid}/intents/{intentUuid}}: repeating leaves the server as one request would. */
    static final Operation<IntentResponse, Intent> UPDATE_AGENT_INTENT = new Operation<>(
            "update agent intent", Idempotency.IDEMPOTENT, IntentResponse::getData, IntentResponse::getMessage);

    /** {@code GET /api/v1/agents/{uuid}/intents/{intentUuid}/event}: repeating leaves the server as one request would. */
    static final Operation<IntentEventResponse, IntentEvent> GET_AGENT_INTENT_EVENT = new Operation<>(
            "get agent intent event",
            Idempotency.IDEMPOTENT,
            IntentEventResponse::getData,
            IntentEventResponse::getMessage);

    /** {@code PUT /api/v1/agents/{uuid}/intents/{intentUuid}/event}: repeating leaves the server as one request would. */
    static final Operation<IntentEventResponse, IntentEvent> SET_AGENT_INTENT_EVENT = new Operation<>(
            "set agent intent event",
            Idempotency.IDEMPOTENT,
            IntentEventResponse::getData,
            IntentEventResponse::getMessage);

    /** {@code PATCH /api/v1/agents/{uuid}/webhooks/{webhookUuid}}: repeating leaves the server as one request would. */
    static final Operation<WebhookResponse, Webhook> UPDATE_AGENT_WEBHOOK = new Operation<>(
            "update agent webhook", Idempotency.IDEMPOTENT, WebhookResponse::getData, WebhookResponse::getMessage);

    /** {@code POST /api/v1/agents/{uuid}/channels/call/provision}: a repeat that reached the server may provision the channel a second time (the reference does not say what a repeat does). */
    static final Operation<ProvisionCallChannelResponse, ProvisionCallChannelResult> PROVISION_AGENT_CALL_CHANNEL =
            new Operation<>(
                    "provision agent call channel",
                    Idempotency.NOT_IDEMPOTENT,
                    ProvisionCallChannelResponse::getData,
                    ProvisionCallChannelResponse::getMessage);

    /** {@code POST /api/v1/agents/{uuid}/channels/call/sip-trunk}: a repeat that reached the server is sent again, and the reference does not say what a repeat does. */
    static final Operation<SipTrunkAssignmentResponse, SipTrunkAssignment> ASSIGN_AGENT_CALL_SIP_TRUNK =
            new Operation<>(
                    "assign agent call sip trunk",
                    Idempotency.NOT_IDEMPOTENT,
                    SipTrunkAssignmentResponse::getData,
                    SipTrunkAssignmentResponse::getMessage);

    /** {@code PUT /api/v1/phone-numbers/trunks/assign}: repeating leaves the server as one request would. */
    static final Operation<PhoneNumberChannelsResponse, PhoneNumberChannels> ASSIGN_PHONE_NUMBER_TRUNK =
            new Operation<>(
                    "assign phone number trunk",
                    Idempotency.IDEMPOTENT,
                    PhoneNumberChannelsResponse::getData,
                    PhoneNumberChannelsResponse::getMessage);

    private Operations() {}
}
