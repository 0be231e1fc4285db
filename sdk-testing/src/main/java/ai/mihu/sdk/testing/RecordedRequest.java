package ai.mihu.sdk.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A call {@link MockMihuServer} received, with what it did about it: the operation of the contract
 * it named, the status it answered (none for a dropped connection), the fault it injected, and the
 * agent it created. Immutable.
 *
 * <p>{@link #toString()} masks the {@code Authorization} header; {@link #headers()} returns it as
 * sent, for assertions.
 */
public final class RecordedRequest {

    private final String method;
    private final String path;
    private final @Nullable String query;
    private final Map<String, List<String>> headers;
    private final String body;
    private final Instant receivedAt;
    private final @Nullable Integer responseStatus;
    private final @Nullable Fault fault;
    private final @Nullable UUID createdAgentUuid;
    private final @Nullable String operationId;
    private final Map<String, String> pathParameters;

    RecordedRequest(
            String method,
            String path,
            @Nullable String query,
            Map<String, List<String>> headers,
            String body,
            Instant receivedAt,
            @Nullable Integer responseStatus,
            @Nullable Fault fault,
            @Nullable UUID createdAgentUuid,
            @Nullable Route route) {
        this.method = Objects.requireNonNull(method, "method");
        this.path = Objects.requireNonNull(path, "path");
        this.query = query;
        this.headers = caseInsensitiveCopy(headers);
        this.body = Objects.requireNonNull(body, "body");
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
        this.responseStatus = responseStatus;
        this.fault = fault;
        this.createdAgentUuid = createdAgentUuid;
        this.operationId = route == null ? null : route.operationId();
        this.pathParameters = route == null ? Map.of() : route.pathParameters();
    }

    /**
     * The HTTP method, in upper case.
     *
     * @return the method, such as {@code POST}
     */
    public String method() {
        return method;
    }

    /**
     * The request path, without the query string.
     *
     * @return the path, such as {@code /api/v1/agents}
     */
    public String path() {
        return path;
    }

    /**
     * The operation of the contract the call was routed to, by method and path, whatever its
     * answer: a call rejected with 401 or 422, or met by a fault, still names its operation.
     *
     * @return the {@code operationId}, such as {@code addAgentNote}, or empty when no path and
     *     method of the contract match the call (it was answered 404 or 405)
     */
    public Optional<String> operationId() {
        return Optional.ofNullable(operationId);
    }

    /**
     * The path parameters of the call, by the names the contract gives them.
     *
     * @return an immutable map such as {@code {uuid=3c90c3cc-..., procedureUuid=2a9e3dbc-...}};
     *     empty when the path has none or the call matched no operation
     */
    public Map<String, String> pathParameters() {
        return pathParameters;
    }

    /**
     * The value of one path parameter.
     *
     * @param name the parameter's name in the contract, such as {@code uuid} (the agent)
     * @return the value as sent, or empty
     */
    public Optional<String> pathParameter(String name) {
        return Optional.ofNullable(pathParameters.get(Objects.requireNonNull(name, "name")));
    }

    /**
     * The raw query string, if the request had one.
     *
     * @return the query without the leading {@code ?}, or empty
     */
    public Optional<String> query() {
        return Optional.ofNullable(query);
    }

    /**
     * The request headers as sent, including {@code Authorization}.
     *
     * @return an unmodifiable map whose keys are looked up regardless of case
     */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /**
     * The first value of a header.
     *
     * @param name the header name, in any case
     * @return the value, or empty if the header was not sent
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(Objects.requireNonNull(name, "name"));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * The request body, decoded as UTF-8.
     *
     * @return the body; empty if none was sent
     */
    public String body() {
        return body;
    }

    /**
     * The body read as JSON into a type, typically {@code CreateAgentRequest}, ignoring properties
     * the type does not declare.
     *
     * @param type the type to read into
     * @param <T> the type
     * @return the body as that type
     * @throws IllegalStateException if the body is not JSON of that shape
     */
    public <T> T bodyAs(Class<T> type) {
        Objects.requireNonNull(type, "type");
        try {
            return MockMihuJson.MAPPER.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "The body of " + method + " " + path + " cannot be read as " + type.getSimpleName() + ": "
                            + e.getOriginalMessage(),
                    e);
        }
    }

    /**
     * When the server received the call, by its clock.
     *
     * @return the time the call arrived
     */
    public Instant receivedAt() {
        return receivedAt;
    }

    /**
     * The status the server answered with.
     *
     * @return the status, or empty when the connection was dropped without an answer
     */
    public OptionalInt responseStatus() {
        return responseStatus == null ? OptionalInt.empty() : OptionalInt.of(responseStatus);
    }

    /**
     * The fault injected into this call.
     *
     * @return the fault (with its full configured count), or empty if the call was answered normally
     */
    public Optional<Fault> fault() {
        return Optional.ofNullable(fault);
    }

    /**
     * The agent this call created. A call creates an agent when it is a valid create and no fault
     * stopped it; a delayed or malformed answer still creates one.
     *
     * @return the new agent's {@code agent_uuid}, or empty if nothing was created
     */
    public Optional<UUID> createdAgentUuid() {
        return Optional.ofNullable(createdAgentUuid);
    }

    /**
     * Describes the call without secrets: the {@code Authorization} value is masked.
     *
     * @return a description for test failure messages
     */
    @Override
    public String toString() {
        Map<String, List<String>> shown = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach(
                (name, values) -> shown.put(name, "Authorization".equalsIgnoreCase(name) ? List.of("***") : values));
        return "RecordedRequest[" + method + " " + path + (query == null ? "" : "?" + query)
                + (operationId == null ? "" : " (" + operationId + ")")
                + ", status " + (responseStatus == null ? "none (connection dropped)" : responseStatus)
                + (fault == null ? "" : ", " + fault)
                + (createdAgentUuid == null ? "" : ", created " + createdAgentUuid)
                + ", headers " + shown + ", body " + body.length() + " chars]";
    }

    private static Map<String, List<String>> caseInsensitiveCopy(Map<String, List<String>> headers) {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) ->
                copy.computeIfAbsent(name, key -> new ArrayList<>()).addAll(values));
        copy.replaceAll((name, values) -> List.copyOf(values));
        return Collections.unmodifiableMap(copy);
    }
}
