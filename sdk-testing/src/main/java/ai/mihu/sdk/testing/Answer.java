package ai.mihu.sdk.testing;

import ai.mihu.sdk.model.ErrorDetail;
import ai.mihu.sdk.model.ErrorResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** An HTTP response the mock is about to send: status, headers and body. Immutable. */
final class Answer {

    static final String JSON = "application/json";

    private final int status;
    private final Map<String, String> headers;
    private final byte[] body;

    private Answer(int status, Map<String, String> headers, byte[] body) {
        this.status = status;
        this.headers = Map.copyOf(headers);
        this.body = body.clone();
    }

    /** A JSON answer with the given model as its body. */
    static Answer json(int status, Object model) {
        return new Answer(status, Map.of("Content-Type", JSON), MockMihuJson.write(model));
    }

    /** An answer with a body written as is, such as the HTML page of a failing proxy. */
    static Answer raw(int status, String contentType, byte[] body) {
        return new Answer(status, Map.of("Content-Type", contentType), body);
    }

    /** The documented error envelope: {@code {success:false, message, error:{code, details, field}}}. */
    static Answer error(int status, String code, String message, @Nullable String details, @Nullable String field) {
        ErrorResponse envelope = new ErrorResponse()
                .success(false)
                .message(message)
                .error(new ErrorDetail().code(code).details(details).field(field));
        return json(status, envelope);
    }

    /** The same answer with one more header. */
    Answer withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Answer(status, more, body);
    }

    /**
     * The same answer with only the first half of its body: a JSON document cut short is never valid
     * JSON, which is what a connection cut mid-response or a broken proxy delivers.
     */
    Answer truncated() {
        return new Answer(status, headers, Arrays.copyOf(body, body.length / 2));
    }

    int status() {
        return status;
    }

    Map<String, String> headers() {
        return headers;
    }

    byte[] body() {
        return body.clone();
    }
}
