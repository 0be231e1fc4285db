package ai.mihu.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import feign.Request;
import feign.Request.HttpMethod;
import feign.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bodies are read whole, whether or not the response declares their length, and never past the limit. */
class ResponseBodiesTest {

    private static final byte[] BODY =
            "{\"success\": true, \"data\": {\"name\": \"x\"}}".getBytes(StandardCharsets.UTF_8);

    private static Response response(Response.Builder builder) {
        Request request = Request.create(HttpMethod.POST, "http://127.0.0.1/api/v1/agents", Map.of(), null, null, null);
        return builder.status(201).request(request).headers(Map.of()).build();
    }

    @Test
    void aBodyWithADeclaredLengthIsReadExactly() throws IOException {
        Response response = response(Response.builder().body(BODY));

        assertThat(response.body().length()).isEqualTo(BODY.length);
        assertThat(ResponseBodies.read(response, Integer.MAX_VALUE)).isEqualTo(BODY);
    }

    @Test
    void aBodyOfUnknownLengthIsReadToItsEnd() throws IOException {
        Response response = response(Response.builder().body(new ByteArrayInputStream(BODY), null));

        assertThat(ResponseBodies.read(response, Integer.MAX_VALUE)).isEqualTo(BODY);
    }

    @Test
    void aBodyLongerThanTheLimitIsCutAtTheLimitWithOrWithoutADeclaredLength() throws IOException {
        assertThat(ResponseBodies.read(response(Response.builder().body(BODY)), 10))
                .hasSize(10);
        assertThat(ResponseBodies.read(response(Response.builder().body(new ByteArrayInputStream(BODY), null)), 10))
                .hasSize(10);
    }

    @Test
    void aMissingOrEmptyBodyIsEmpty() throws IOException {
        assertThat(ResponseBodies.read(response(Response.builder()), 100)).isEmpty();
        assertThat(ResponseBodies.read(response(Response.builder().body(new byte[0])), 100))
                .isEmpty();
    }
}
