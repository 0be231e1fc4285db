package ai.mihu.sdk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import feign.RequestTemplate;
import feign.codec.EncodeException;
import feign.codec.Encoder;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes request bodies as JSON, in Feign's {@link Encoder} seam, with the client's mapper.
 *
 * <p>It does what feign-jackson's {@code JacksonEncoder} does, except that the {@link ObjectWriter}
 * for each body type is built once and kept (writers are immutable and thread-safe), where
 * {@code JacksonEncoder} builds one on every call, and that it leaves no {@code Content-Length}
 * header in the template.
 */
final class JsonBodyEncoder implements Encoder {

    private static final String CONTENT_LENGTH = "Content-Length";

    private final ObjectMapper mapper;
    private final Map<Type, ObjectWriter> writers = new ConcurrentHashMap<>();

    JsonBodyEncoder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void encode(Object object, Type bodyType, RequestTemplate template) {
        try {
            template.body(writerFor(bodyType).writeValueAsBytes(object), StandardCharsets.UTF_8);
            // Feign records the body's length as a Content-Length header template, which it would
            // copy and expand twice more on every call; OkHttpTransport never sends it anyway
            // (OkHttp sets the length from the body), so it is dropped here, where it was added.
            template.removeHeader(CONTENT_LENGTH);
        } catch (JsonProcessingException e) {
            // CallPath turns this into the SDK's exception, saying that nothing was sent.
            throw new EncodeException(e.getClass().getSimpleName(), e);
        }
    }

    private ObjectWriter writerFor(Type type) {
        return writers.computeIfAbsent(type, t -> mapper.writerFor(mapper.constructType(t)));
    }
}
