package ai.mihu.sdk.benchmarks;

import ai.mihu.sdk.internal.invoker.RFC3339DateFormat;
import ai.mihu.sdk.internal.invoker.RFC3339JavaTimeModule;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * A Jackson mapper set up as the SDK sets up its own (which is internal to the SDK): unset fields
 * left out, enums through their wire values, RFC 3339 dates, unknown properties ignored. The raw
 * baseline uses it, so both sides write the same bytes and read into the same models.
 */
public final class SdkLikeJson {

    private SdkLikeJson() {}

    /**
     * A new mapper configured like the SDK's.
     *
     * @return the mapper; thread-safe once built
     */
    public static ObjectMapper mapper() {
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
