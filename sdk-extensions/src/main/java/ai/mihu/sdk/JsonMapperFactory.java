package ai.mihu.sdk;

import ai.mihu.sdk.internal.invoker.RFC3339DateFormat;
import ai.mihu.sdk.internal.invoker.RFC3339JavaTimeModule;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Builds the one Jackson mapper the client encodes requests and decodes responses with.
 *
 * <p>It matches the generated invoker's mapper (enum values through their {@code toString},
 * RFC 3339 dates) with two differences that matter on the wire: unset fields are left out rather
 * than sent as {@code null}, and the reading side is explicitly forgiving so that a newer server
 * never breaks an older SDK (unknown properties are ignored; the spec's enums are generated value
 * classes that keep an unknown value as it was received, and write back exactly that string).
 */
final class JsonMapperFactory {

    private JsonMapperFactory() {}

    static ObjectMapper create() {
        return JsonMapper.builder()
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.READ_ENUMS_USING_TO_STRING)
                .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE)
                .defaultDateFormat(new RFC3339DateFormat())
                .addModule(new JavaTimeModule())
                .addModule(new RFC3339JavaTimeModule())
                .build();
    }
}
