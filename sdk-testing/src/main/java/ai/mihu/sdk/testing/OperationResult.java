package ai.mihu.sdk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an operation did: its answer and, for a create, the new agent's uuid.
 *
 * @param answer the answer to send
 * @param createdAgentUuid the agent the call created, or null
 */
record OperationResult(Answer answer, @Nullable UUID createdAgentUuid) {

    /** A 200 answer {@code {success: true, message, data}}, the envelope of every non-create success. */
    static OperationResult ok(String message, JsonNode data) {
        ObjectNode envelope =
                MockMihuJson.MAPPER.createObjectNode().put("success", true).put("message", message);
        envelope.set("data", data);
        return new OperationResult(Answer.json(200, envelope), null);
    }
}
