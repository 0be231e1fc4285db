package ai.mihu.sdk.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/**
 * A request the contract accepted, as an operation handler sees it: the route (operation and path
 * parameters) and the body's properties that the operation's schema declares.
 *
 * @param route the operation and path parameters
 * @param body the declared properties of the body; an empty object for an operation without one
 */
record OperationCall(Route route, ObjectNode body) {

    /** The path parameter naming the agent. */
    static final String AGENT_PARAMETER = "uuid";

    /**
     * The agent the path names.
     *
     * @throws ApiError 404 when the parameter is not a UUID: no agent has it
     */
    UUID agentUuid() {
        String text = parameter(AGENT_PARAMETER);
        return Uuids.parse(text).orElseThrow(() -> ApiError.agentNotFound(text));
    }

    /**
     * A path parameter, as sent.
     *
     * @throws IllegalStateException if the operation's path has no such parameter: a handler is
     *     registered for an operation whose path differs from what it expects
     */
    String parameter(String name) {
        String value = route.pathParameters().get(name);
        if (value == null) {
            throw new IllegalStateException(
                    route.operationId() + " (" + route.template() + ") has no path parameter " + name);
        }
        return value;
    }
}
