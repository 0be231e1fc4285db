package ai.mihu.sdk;

import ai.mihu.sdk.errors.MalformedResponseException;
import ai.mihu.sdk.model.ApiResponse;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import feign.Request;
import feign.Response;
import feign.Types;
import feign.codec.Decoder;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decodes 2xx responses, in Feign's {@link Decoder} seam: checks the
 * {@code {success, message, data}} envelope and maps it onto the generated envelope model.
 *
 * <p>Anything unusable becomes a {@link MalformedResponseException}: an empty body, a body that is
 * not JSON or not a JSON object, {@code "success": false}, a missing {@code data}, or a value of
 * the wrong JSON type. Its message names the problem and where it is, but never quotes the body:
 * the body may hold secrets, so it is kept only in {@code rawBody()}, redacted. An I/O failure
 * while reading the body becomes a {@code MihuConnectionException}. Feign wraps whatever a decoder
 * throws in a {@code DecodeException}; {@link DecodeFailureUnwrapper} takes it out again.
 *
 * <p>For the generated {@code ...WithHttpInfo} methods, which return the generated
 * {@link ApiResponse}, the envelope is decoded the same way and wrapped with status and headers.
 */
final class EnvelopeDecoder implements Decoder {

    private final ObjectMapper mapper;
    private final SecretRedactor redactor;
    private final Map<Type, ObjectReader> readers = new ConcurrentHashMap<>();

    EnvelopeDecoder(ObjectMapper mapper, SecretRedactor redactor) {
        this.mapper = mapper;
        this.redactor = redactor;
    }

    @Override
    public Object decode(Response response, Type type) {
        if (type instanceof ParameterizedType parameterized && Types.getRawType(type) == ApiResponse.class) {
            Object envelope = decodeEnvelope(response, parameterized.getActualTypeArguments()[0]);
            return new ApiResponse<>(response.status(), response.headers(), envelope);
        }
        return decodeEnvelope(response, type);
    }

    private Object decodeEnvelope(Response response, Type type) {
        byte[] body = readBody(response);
        if (body.length == 0) {
            throw malformed(response, body, "the body is empty");
        }
        EnvelopeShape shape;
        try {
            shape = EnvelopeShape.scan(mapper, body);
        } catch (JacksonException e) {
            throw malformed(response, body, syntaxProblem(e));
        } catch (IOException e) {
            throw malformed(
                    response,
                    body,
                    "the body could not be parsed (" + e.getClass().getSimpleName() + ")");
        }
        if (!shape.isObject()) {
            throw malformed(response, body, "the body is not a JSON object");
        }
        JsonNode success = shape.success();
        // Lenient about the flag's JSON type: false and "false" both mean failure.
        if (success != null && "false".equals(success.asText())) {
            JsonNode message = shape.message();
            String said = message == null || message.isNull()
                    ? ""
                    : ": " + redactor.forRequest(response.request()).redact(message.asText());
            throw malformed(response, body, "the envelope says \"success\": false" + said);
        }
        if (!shape.hasData()) {
            throw malformed(response, body, "the envelope has no \"data\"");
        }
        try {
            return readerFor(type).readValue(body);
        } catch (JsonMappingException e) {
            throw malformed(response, body, "the value at " + path(e.getPath()) + " has an unexpected type");
        } catch (IOException e) {
            throw malformed(
                    response,
                    body,
                    "the body could not be mapped (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** One reader per response type, built once: readers are immutable and thread-safe. */
    private ObjectReader readerFor(Type type) {
        return readers.computeIfAbsent(type, t -> mapper.readerFor(mapper.constructType(t)));
    }

    private byte[] readBody(Response response) {
        try {
            return ResponseBodies.read(response, Integer.MAX_VALUE);
        } catch (IOException e) {
            Request request = response.request();
            throw TransportFailures.toException(e, request.httpMethod().name(), request.url());
        }
    }

    private MalformedResponseException malformed(Response response, byte[] body, String problem) {
        String text = redactor.forRequest(response.request()).redact(ResponseBodies.text(response, body));
        return new MalformedResponseException(
                "HTTP " + response.status() + " response cannot be used: " + problem,
                response.status(),
                ResponseBodies.truncate(text));
    }

    /** What is wrong with text that is not JSON, without quoting it (Jackson's messages do). */
    private static String syntaxProblem(JacksonException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        return e instanceof JsonEOFException
                ? "the body ends before the JSON is complete" + where
                : "the body is not valid JSON" + where;
    }

    /** A JSON path such as {@code data.guard_rules[0].then_action}. */
    private static String path(List<Reference> references) {
        StringBuilder path = new StringBuilder();
        for (Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "the top level" : path.toString();
    }
}
