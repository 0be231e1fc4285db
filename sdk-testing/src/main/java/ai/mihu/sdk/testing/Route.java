package ai.mihu.sdk.testing;

import java.util.Map;
import java.util.Objects;

/**
 * The operation of the contract a request was routed to: its {@code operationId}, the path
 * template it matched, and the values of the template's parameters, read from the request path.
 *
 * @param operationId the contract's {@code operationId}, such as {@code updateAgent}
 * @param template the path template, such as {@code /api/v1/agents/{uuid}}
 * @param pathParameters the parameters by name, such as {@code uuid}, as sent (percent-decoded)
 */
record Route(String operationId, String template, Map<String, String> pathParameters) {

    Route {
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(template, "template");
        pathParameters = Map.copyOf(pathParameters);
    }
}
