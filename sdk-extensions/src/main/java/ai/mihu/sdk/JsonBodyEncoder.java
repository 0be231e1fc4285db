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
 * {@code JacksonEncoder} builds one on every call.
 */
final class JsonBodyEncoder implements Encoder {

    private final ObjectMapper mapper;
    private final Map<Type, ObjectWriter> writers = new ConcurrentHashMap<>();

    JsonBodyEncoder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void encode(Object object, Type bodyType, RequestTemplate template) {
        try {
            template.body(writerFor(bodyType).writeValueAsBytes(object), StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            // CallPath turns this into the SDK's exception, saying that nothing was sent.
            throw new EncodeException(e.getClass().getSimpleName(), e);
        }
    }

    private ObjectWriter writerFor(Type type) {
        return writers.computeIfAbsent(type, t -> mapper.writerFor(mapper.constructType(t)));
    }
}
