package ai.mihu.sdk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Finds an item the API manages elsewhere but lets a call change, such as an intent or a webhook,
 * in its list on the agent, by its own identifier property ({@code intent_uuid}, {@code webhook_uuid}).
 *
 * @param property the agent's list, such as {@code intents}
 * @param idProperty the item's identifier, such as {@code intent_uuid}
 * @param itemName what one item is called in a 404, such as {@code intent}
 */
record AgentItems(String property, String idProperty, String itemName) {

    static final AgentItems INTENTS = new AgentItems("intents", "intent_uuid", "intent");
    static final AgentItems WEBHOOKS = new AgentItems("webhooks", "webhook_uuid", "webhook");

    /**
     * The item of the agent whose identifier the path parameter holds.
     *
     * @param agent the stored agent or a draft; the item returned belongs to it
     * @throws ApiError 404 if the agent has no such item
     */
    ObjectNode find(ObjectNode agent, OperationCall call, String itemParameter) {
        return find(agent, call.agentUuid(), call.parameter(itemParameter));
    }

    /**
     * The item of the agent with the identifier {@code id}.
     *
     * @throws ApiError 404 if the agent has no such item
     */
    ObjectNode find(ObjectNode agent, Object agentUuid, String id) {
        JsonNode items = agent.get(property);
        if (items != null && items.isArray()) {
            var index = ItemSection.indexOf((ArrayNode) items, idProperty, id);
            if (index.isPresent()) {
                return (ObjectNode) items.get(index.getAsInt());
            }
        }
        throw ApiError.itemNotFound(itemName, agentUuid, id);
    }

    /** How many items the agent has in this list. */
    int count(JsonNode agent) {
        JsonNode items = agent.get(property);
        return items != null && items.isArray() ? items.size() : 0;
    }
}
