package ai.mihu.sdk.testing;

import ai.mihu.sdk.model.ErrorResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A failure {@link MockMihuServer} injects into the next calls it receives, whatever their path,
 * method or body, or into the next calls to one operation ({@link #forOperation(String)}). Faults are immutable; build one with a factory method and adjust it with the
 * {@code with…} and {@link #times(int)} methods, which return a new fault.
 *
 * <pre>{@code
 * server.enqueueFault(Fault.status(503).withRetryAfter("0").times(2));
 * server.enqueueFault(Fault.validationError("timezone", "The timezone must be a valid IANA time zone."));
 * server.enqueueFault(Fault.delay(Duration.ofSeconds(3)));
 * server.enqueueFault(Fault.dropConnection().forOperation("addAgentNote"));
 * }</pre>
 *
 * <p>Whether the faulted call creates an agent depends on the kind, so tests can tell what a
 * retry would duplicate:
 *
 * <ul>
 *   <li>{@link #status(int) status}, {@link #validationError(String, String) validation error}
 *       and {@link #dropConnection() dropped connection}: the call is not processed and creates
 *       nothing;
 *   <li>{@link #delay(Duration) delay} and {@link #malformedBody() malformed body}: the call is
 *       processed as usual (a valid create does create an agent) and only its answer is late or
 *       broken.
 * </ul>
 */
public final class Fault {

    /** The kinds of failure a {@link Fault} injects. */
    public enum Kind {
        /** Answers with an error status and body instead of processing the call. */
        STATUS,
        /** Processes the call, then holds the answer back for a while before sending it. */
        DELAY,
        /** Processes the call, then sends its status with a body cut short (never valid JSON). */
        MALFORMED_BODY,
        /** Reads the call, then closes the connection without answering. */
        DROP_CONNECTION
    }

    private final Kind kind;
    private final @Nullable Answer answer;
    private final @Nullable Duration delay;
    private final @Nullable String retryAfter;
    private final int times;
    private final @Nullable String operationId;

    private Fault(
            Kind kind,
            @Nullable Answer answer,
            @Nullable Duration delay,
            @Nullable String retryAfter,
            int times,
            @Nullable String operationId) {
        this.kind = kind;
        this.answer = answer;
        this.delay = delay;
        this.retryAfter = retryAfter;
        this.times = times;
        this.operationId = operationId;
    }

    /**
     * Answers with {@code status} and the error envelope the API documents for it, such as {@code
     * RATE_LIMIT_EXCEEDED} for 429 or {@code SERVICE_UNAVAILABLE} for 503.
     *
     * @param status an error status, 400 to 599
     * @return the fault, injected once
     * @throws IllegalArgumentException if {@code status} is not an error status
     */
    public static Fault status(int status) {
        requireErrorStatus(status);
        StandardErrors.Entry entry = StandardErrors.forStatus(status);
        return statusFault(Answer.error(status, entry.code(), entry.message(), entry.details(), null));
    }

    /**
     * Answers 422 {@code VALIDATION_ERROR} naming a field, as the API rejects a request its own
     * rules refuse: what the mock cannot check itself, such as a {@code schedule_uuid} the tenant
     * does not have or a combination of settings the service does not allow. The envelope has the
     * API's message ({@code The given data was invalid.}), {@code error.field} and {@code
     * error.details}, so code that reports {@code errorField()} and {@code details()} can be tested.
     *
     * <pre>{@code
     * server.enqueueFault(Fault.validationError("timezone", "The timezone must be a valid IANA time zone."));
     * // the client throws UnprocessableEntityException with errorField() "timezone"
     * }</pre>
     *
     * @param field the field the API names, as a JSON path such as {@code timezone} or {@code
     *     guard_rules[0].destination}
     * @param details what is wrong with it, in the API's words
     * @return the fault, injected once
     * @throws IllegalArgumentException if {@code field} or {@code details} is blank
     * @throws NullPointerException if {@code field} or {@code details} is null
     */
    public static Fault validationError(String field, String details) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(details, "details");
        if (field.isBlank()) {
            throw new IllegalArgumentException("field must name the invalid field, such as \"timezone\"");
        }
        if (details.isBlank()) {
            throw new IllegalArgumentException("details must say what is wrong with " + field);
        }
        StandardErrors.Entry entry = StandardErrors.forStatus(422);
        return statusFault(Answer.error(422, entry.code(), entry.message(), details, field));
    }

    /**
     * Answers with {@code status} and the given error envelope.
     *
     * @param status an error status, 400 to 599
     * @param body the envelope to send as JSON
     * @return the fault, injected once
     * @throws IllegalArgumentException if {@code status} is not an error status
     * @throws NullPointerException if {@code body} is null
     */
    public static Fault status(int status, ErrorResponse body) {
        requireErrorStatus(status);
        Objects.requireNonNull(body, "body");
        return statusFault(Answer.json(status, MockMihuJson.copy(body, ErrorResponse.class)));
    }

    /**
     * Answers with {@code status} and a body sent as is, for what proxies in front of the API send:
     * an HTML page, plain text, or an empty body.
     *
     * @param status an error status, 400 to 599
     * @param contentType the {@code Content-Type} header to send, such as {@code text/html}
     * @param body the body, sent as UTF-8; may be empty
     * @return the fault, injected once
     * @throws IllegalArgumentException if {@code status} is not an error status or {@code contentType} is blank
     * @throws NullPointerException if {@code contentType} or {@code body} is null
     */
    public static Fault status(int status, String contentType, String body) {
        requireErrorStatus(status);
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
        if (contentType.isBlank()) {
            throw new IllegalArgumentException("contentType must not be blank");
        }
        return statusFault(Answer.raw(status, contentType, body.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Processes the call as usual, then waits {@code delay} before answering: long enough past a
     * client's read timeout, the client gives up although the agent was created.
     *
     * @param delay how long to hold the answer back; zero or more
     * @return the fault, injected once
     * @throws IllegalArgumentException if {@code delay} is negative
     * @throws NullPointerException if {@code delay} is null
     */
    public static Fault delay(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative, was " + delay);
        }
        return new Fault(Kind.DELAY, null, delay, null, 1, null);
    }

    /**
     * Processes the call as usual, then sends its status and headers with only the first half of
     * the body, which is never valid JSON. A valid create answers 2xx with a broken body and has
     * created the agent.
     *
     * @return the fault, injected once
     */
    public static Fault malformedBody() {
        return new Fault(Kind.MALFORMED_BODY, null, null, null, 1, null);
    }

    /**
     * Reads the call, then closes the connection without sending a byte, so the client fails with
     * an I/O error. The call is not processed and creates nothing.
     *
     * @return the fault, injected once
     */
    public static Fault dropConnection() {
        return new Fault(Kind.DROP_CONNECTION, null, null, null, 1, null);
    }

    /**
     * The same status fault with a {@code Retry-After} header.
     *
     * @param value the header's value: seconds such as {@code "0"}, or an HTTP date
     * @return a new fault
     * @throws IllegalStateException if this is not a {@link Kind#STATUS status} fault
     * @throws IllegalArgumentException if {@code value} is blank
     * @throws NullPointerException if {@code value} is null
     */
    public Fault withRetryAfter(String value) {
        Objects.requireNonNull(value, "value");
        if (kind != Kind.STATUS) {
            throw new IllegalStateException("Retry-After can only be added to a status fault, not to " + kind);
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException("Retry-After value must not be blank");
        }
        return new Fault(kind, statusAnswer().withHeader("Retry-After", value), delay, value, times, operationId);
    }

    /**
     * The same fault, injected into the next {@code count} calls instead of one.
     *
     * @param count how many calls the fault applies to; 1 or more
     * @return a new fault
     * @throws IllegalArgumentException if {@code count} is less than 1
     */
    public Fault times(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        return new Fault(kind, answer, delay, retryAfter, count, operationId);
    }

    /**
     * The same fault, aimed at one operation of the contract: only calls to that operation meet it,
     * and calls to other operations pass it by (they take the next fault in line that applies to
     * them, if any). Its {@link #times(int) count} counts only the calls it meets.
     *
     * <pre>{@code
     * server.enqueueFault(Fault.status(503).forOperation("updateAgent"));
     * // a create still succeeds; the next PATCH /api/v1/agents/{uuid} answers 503
     * }</pre>
     *
     * @param operationId the contract's {@code operationId}, such as {@code updateAgent} or {@code
     *     addAgentNote}; {@link MockMihuServer#enqueueFault(Fault)} refuses one the contract lacks
     * @return a new fault
     * @throws IllegalArgumentException if {@code operationId} is blank
     * @throws NullPointerException if {@code operationId} is null
     */
    public Fault forOperation(String operationId) {
        Objects.requireNonNull(operationId, "operationId");
        if (operationId.isBlank()) {
            throw new IllegalArgumentException(
                    "operationId must name an operation of the contract, such as \"updateAgent\"");
        }
        return new Fault(kind, answer, delay, retryAfter, times, operationId);
    }

    /**
     * The operation this fault is aimed at, as set by {@link #forOperation(String)}.
     *
     * @return the {@code operationId}, or empty when the fault applies to any call
     */
    public Optional<String> operationId() {
        return Optional.ofNullable(operationId);
    }

    /** Whether a call to an operation (null for a path the contract lacks) meets this fault. */
    boolean appliesTo(@Nullable String calledOperationId) {
        return operationId == null || operationId.equals(calledOperationId);
    }

    /**
     * The kind of failure.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * How many calls this fault applies to, as set by {@link #times(int)}.
     *
     * @return 1 or more
     */
    public int count() {
        return times;
    }

    /**
     * The status a {@link Kind#STATUS status} fault answers with.
     *
     * @return the status, or empty for other kinds
     */
    public OptionalInt status() {
        return kind == Kind.STATUS ? OptionalInt.of(statusAnswer().status()) : OptionalInt.empty();
    }

    /**
     * The delay of a {@link Kind#DELAY delay} fault.
     *
     * @return the delay, or empty for other kinds
     */
    public Optional<Duration> delay() {
        return Optional.ofNullable(delay);
    }

    /**
     * The {@code Retry-After} value of a status fault, if one was set.
     *
     * @return the value, or empty
     */
    public Optional<String> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** Whether a call that meets this fault is processed, and so may create an agent. */
    boolean processesCall() {
        return kind == Kind.DELAY || kind == Kind.MALFORMED_BODY;
    }

    /** The canned answer of a status fault. */
    Answer answer() {
        return statusAnswer();
    }

    private Answer statusAnswer() {
        if (answer == null) {
            throw new IllegalStateException("A " + kind + " fault has no canned answer");
        }
        return answer;
    }

    /**
     * Describes the fault, such as {@code Fault[status 503, Retry-After 0, 2 times]}.
     *
     * @return a description for test failure messages
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Fault[");
        switch (kind) {
            case STATUS -> text.append("status ").append(statusAnswer().status());
            case DELAY -> text.append("delay ").append(delay);
            case MALFORMED_BODY -> text.append("malformed body");
            case DROP_CONNECTION -> text.append("drop connection");
            default -> throw new IllegalStateException("Unknown kind " + kind);
        }
        if (retryAfter != null) {
            text.append(", Retry-After ").append(retryAfter);
        }
        if (operationId != null) {
            text.append(", for ").append(operationId);
        }
        return text.append(", ")
                .append(times)
                .append(times == 1 ? " time]" : " times]")
                .toString();
    }

    private static Fault statusFault(Answer answer) {
        return new Fault(Kind.STATUS, answer, null, null, 1, null);
    }

    private static void requireErrorStatus(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("A status fault needs an error status (400 to 599), was " + status);
        }
    }
}
