package ai.mihu.sdk.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/**
 * The operations that bind an agent to a phone line: provisioning its call channel, assigning a SIP
 * trunk connection, and reassigning a trunk (under {@code /api/v1/phone-numbers}).
 *
 * <p>The mock keeps no inventory of the tenant's phone numbers and SIP connections (the reference
 * shows no way to read them), so it accepts any number or connection and answers with what the
 * request and the stored agent determine; it does not change the agent. An unknown agent is a 404,
 * or for the trunk assignment, whose contract has no 404, a 422 naming {@code agent_uuid}.
 */
final class ChannelOperations {

    private final Tenant tenant;

    ChannelOperations(Tenant tenant) {
        this.tenant = tenant;
    }

    /** Answers the agent in {@code data.agent}. */
    OperationHandler provisionCall() {
        return call -> {
            ObjectNode data = MockMihuJson.MAPPER.createObjectNode();
            data.set("agent", tenant.agent(call.agentUuid()));
            return OperationResult.ok("Call channel provisioned successfully", data);
        };
    }

    /** Answers the agent and the connection assigned to it. */
    OperationHandler assignSipTrunk() {
        return call -> {
            UUID agentUuid = call.agentUuid();
            tenant.agent(agentUuid);
            ObjectNode data = MockMihuJson.MAPPER.createObjectNode().put("agent_uuid", agentUuid.toString());
            data.set("connection_uuid", call.body().get("connection_uuid"));
            return OperationResult.ok("SIP trunk assigned successfully", data);
        };
    }

    /** Answers the number with the channel sent bound to the agent. */
    OperationHandler assignPhoneNumberTrunk() {
        return call -> {
            String agentText = call.body().path("agent_uuid").asText();
            ObjectNode agent = Uuids.parse(agentText)
                    .flatMap(tenant::find)
                    .orElseThrow(() -> ApiError.invalidField(
                            "agent_uuid", "No agent has the uuid " + agentText + " in this tenant."));
            ObjectNode data = MockMihuJson.MAPPER.createObjectNode();
            data.set("number", call.body().get("phone_number"));
            ObjectNode channel = data.putObject("channels")
                    .putObject(call.body().path("channel").asText());
            channel.put("bound", true)
                    .put("agent_uuid", agent.path("agent_uuid").asText());
            channel.set("agent_name", agent.get("name"));
            return OperationResult.ok("Trunk assigned successfully", data);
        };
    }
}
