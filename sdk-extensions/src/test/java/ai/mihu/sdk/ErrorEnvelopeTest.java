package ai.mihu.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ErrorEnvelopeTest {

    private final ObjectMapper mapper = JsonMapperFactory.create();

    @Test
    void readsTheDocumentedEnvelope() {
        ErrorEnvelope envelope = parse(
                "{\"success\":false,\"message\":\"Invalid\",\"extra\":[1,{\"a\":2}],"
                        + "\"error\":{\"code\":\"VALIDATION_ERROR\",\"details\":\"name is required\",\"field\":\"name\",\"more\":{}}}");

        assertThat(envelope)
                .isEqualTo(new ErrorEnvelope("Invalid", "VALIDATION_ERROR", "name is required", "name", true));
        assertThat(envelope.recognised()).isTrue();
    }

    @Test
    void keepsWhatArrivedBeforeTheBodyWasCut() {
        assertThat(parse("{\"message\":\"Too many\",\"error\":{\"code\":\"RATE_LIMIT_EXCEEDED\",\"details\":\"Retr"))
                .isEqualTo(new ErrorEnvelope("Too many", "RATE_LIMIT_EXCEEDED", null, null, false));
    }

    @Test
    void recognisesNothingInHtmlOrEmptyOrNonObjectBodies() {
        assertThat(parse("<html><body>Bad gateway</body></html>").recognised()).isFalse();
        assertThat(parse("").recognised()).isFalse();
        assertThat(parse("[\"message\"]").recognised()).isFalse();
        assertThat(parse("\"message\"").recognised()).isFalse();
    }

    @Test
    void toleratesUnexpectedTypes() {
        ErrorEnvelope envelope =
                parse("{\"message\":42,\"error\":{\"code\":7,\"details\":[\"a\",\"b\"],\"field\":null}}");

        assertThat(envelope).isEqualTo(new ErrorEnvelope("42", "7", "[\"a\",\"b\"]", null, true));
    }

    @Test
    void reportsTrailingGarbageAsNotWellFormed() {
        assertThat(parse("{\"message\":\"ok\"} <html>").wellFormed()).isFalse();
    }

    private ErrorEnvelope parse(String body) {
        return ErrorEnvelope.parse(mapper, body.getBytes(StandardCharsets.UTF_8));
    }
}
