package ai.mihu.sdk;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.CreateAgentResponse;

/** The operations of the API the SDK offers, each with its retry rule. */
final class Operations {

    /** {@code POST /api/v1/agents}: a repeated request creates a second agent. */
    static final Operation<CreateAgentResponse, Agent> CREATE_AGENT = new Operation<>("create agent",
            Idempotency.NOT_IDEMPOTENT, CreateAgentResponse::getData, CreateAgentResponse::getMessage);

    private Operations() {
    }
}
