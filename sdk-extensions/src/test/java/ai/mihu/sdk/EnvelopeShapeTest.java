package ai.mihu.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The streaming look at an envelope reads the top-level fields as a tree would, and nothing more. */
class EnvelopeShapeTest {

    private static final ObjectMapper MAPPER = JsonMapperFactory.create();

    private static EnvelopeShape scan(String body) throws IOException {
        return EnvelopeShape.scan(MAPPER, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSuccessfulEnvelopeHasDataAndATrueFlag() throws IOException {
        EnvelopeShape shape = scan("{\"success\": true, \"message\": \"Agent created\", "
                + "\"data\": {\"name\": \"x\", \"guidelines\": [{\"content\": \"c\"}]}}");

        assertThat(shape.isObject()).isTrue();
        assertThat(shape.hasData()).isTrue();
        assertThat(shape.success().asText()).isEqualTo("true");
        assertThat(shape.message().asText()).isEqualTo("Agent created");
    }

    @Test
    void theFlagAndMessageKeepTheirJsonTypeForTheDecodersLenientReading() throws IOException {
        EnvelopeShape shape = scan("{\"success\": \"false\", \"message\": {\"text\": \"nested\"}, \"data\": {}}");

        assertThat(shape.success().isTextual()).isTrue();
        assertThat(shape.success().asText()).isEqualTo("false");
        assertThat(shape.message().isObject()).isTrue();
    }

    @Test
    void aNullOrMissingDataIsNoData() throws IOException {
        assertThat(scan("{\"success\": true, \"data\": null}").hasData()).isFalse();
        assertThat(scan("{\"success\": true}").hasData()).isFalse();
        assertThat(scan("{}").success()).isNull();
    }

    @Test
    void theLastOfRepeatedFieldsCountsAsInATree() throws IOException {
        assertThat(scan("{\"data\": {}, \"data\": null}").hasData()).isFalse();
        assertThat(scan("{\"success\": false, \"success\": true, \"data\": {}}")
                        .success()
                        .asBoolean())
                .isTrue();
    }

    @Test
    void arraysScalarsAndBlankBodiesAreNotObjects() throws IOException {
        assertThat(scan("[1, 2]").isObject()).isFalse();
        assertThat(scan("\"text\"").isObject()).isFalse();
        assertThat(scan("   ").isObject()).isFalse();
    }

    @Test
    void brokenJsonAnywhereIsASyntaxErrorEvenInsideSkippedValues() {
        assertThatThrownBy(() -> scan("{\"success\": true, \"data\": {\"agent_uuid\": \"5f1d"))
                .isInstanceOf(JsonEOFException.class);
        assertThatThrownBy(() -> scan("{\"success\": true, \"data\": {\"a\": [1, }}"))
                .isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> scan("[1, 2")).isInstanceOf(JsonEOFException.class);
    }
}
