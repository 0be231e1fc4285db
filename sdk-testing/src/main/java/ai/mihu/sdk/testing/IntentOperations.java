package ai.mihu.sdk.testing;

import ai.mihu.sdk.model.Intent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The operations on an agent's intents (which the mock's agents get by seeding, as the API has no
 * documented way to create one): the {@code PATCH} of an intent, and getting and setting the action
 * (event) it performs.
 */
final class IntentOperations {

    private static final String INTENT_PARAMETER = "intentUuid";

    private final Tenant tenant;

    IntentOperations(Tenant tenant) {
        this.tenant = tenant;
    }

    /** Changes what was sent ({@code null} clears, {@code parameters} sent replaces the list); answers the intent. */
    OperationHandler update() {
        return call -> OperationResult.ok("Intent updated successfully", tenant.change(call.agentUuid(), draft -> {
            ObjectNode intent = AgentItems.INTENTS.find(draft.agent(), call, INTENT_PARAMETER);
            MergePatch.apply(intent, call.body());
            intent.put("updated_at", tenant.timestamp());
            MockMihuJson.requireShapeOf(intent, Intent.class);
            return intent;
        }));
    }

    /** The action set on the intent; 404 when the intent has none. */
    OperationHandler getEvent() {
        return call -> {
            ObjectNode agent = tenant.agent(call.agentUuid());
            ObjectNode intent = AgentItems.INTENTS.find(agent, call, INTENT_PARAMETER);
            String intentUuid = intent.path(AgentItems.INTENTS.idProperty()).asText();
            ObjectNode event = tenant.intentEvent(call.agentUuid(), intentUuid)
                    .orElseThrow(() -> ApiError.notFound(
                            "Intent event not found.", "The intent " + intentUuid + " has no action set."));
            return OperationResult.ok("Intent event retrieved successfully", event);
        };
    }

    /**
     * Sets the action, as a draft (the reference's publish step could not be read, so the mock
     * never publishes it). The answer holds what the reference's answer shows and the request
     * determines: the type, {@code status} {@code draft}, and for an app action the app's {@code
     * uid}, the action's {@code key}, the connection and the config. Names of apps and actions are
     * the service's and are not made up.
     */
    OperationHandler setEvent() {
        return call ->
                OperationResult.ok("Intent event updated successfully", tenant.change(call.agentUuid(), draft -> {
                    ObjectNode intent = AgentItems.INTENTS.find(draft.agent(), call, INTENT_PARAMETER);
                    ObjectNode event = event(call.body());
                    draft.intentEvents()
                            .put(intent.path(AgentItems.INTENTS.idProperty()).asText(), event);
                    return event;
                }));
    }

    private static ObjectNode event(JsonNode body) {
        ObjectNode event = MockMihuJson.MAPPER.createObjectNode();
        event.set("event_type", body.get("event_type"));
        event.put("status", "draft");
        if (body.hasNonNull("app_uid")) {
            event.putObject("app").set("uid", body.get("app_uid"));
        }
        if (body.hasNonNull("action_key")) {
            event.putObject("action").set("key", body.get("action_key"));
        }
        if (body.has("app_connection_uuid")) {
            event.set("app_connection_uuid", body.get("app_connection_uuid"));
        }
        if (body.hasNonNull("config")) {
            event.set("config", body.get("config").deepCopy());
        }
        return event;
    }
}
