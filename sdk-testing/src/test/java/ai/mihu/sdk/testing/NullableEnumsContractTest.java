package ai.mihu.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import ai.mihu.sdk.model.AgentStatus;
import ai.mihu.sdk.model.CreateAgentResponse;
import ai.mihu.sdk.model.ErrorResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code status} and {@code speed} are "an enum or null" in the reference: swagger-request-validator,
 * the validator the mock and the contract tests use, accepts null for them in a create request and
 * in the agent of a create answer, and still refuses a value outside the enum.
 */
class NullableEnumsContractTest {

    private static final ObjectMapper JSON = MockMihuJson.MAPPER;

    private MockMihuServer server;
    private MihuHttp http;

    @BeforeEach
    void startServer() {
        server = MockMihuServer.builder().rejectUndeclaredProperties(true).start();
        http = new MihuHttp(server);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void acceptsNullStatusAndSpeedInACreateRequest() throws Exception {
        HttpResponse<String> response = http.post("{\"name\":\"Sales Agent\",\"status\":null,\"speed\":null}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        // A null, like a missing value, leaves the server's default in place.
        assertThat(JSON.readValue(response.body(), CreateAgentResponse.class)
                        .getData()
                        .getStatus())
                .isEqualTo(AgentStatus.PENDING);
    }

    @Test
    void refusesAStatusOutsideTheEnumInACreateRequest() throws Exception {
        HttpResponse<String> response = http.post("{\"name\":\"Sales Agent\",\"status\":\"archived\"}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(JSON.readValue(response.body(), ErrorResponse.class)
                        .getError()
                        .getField())
                .isEqualTo("status");
    }

    @Test
    void allowsNullStatusAndSpeedInTheAgentOfACreateAnswer() throws Exception {
        ObjectNode answer = createdAnswer();
        ((ObjectNode) answer.get("data")).putNull("status").putNull("speed");

        assertThat(ContractCheck.createResponseVerdict(201, JSON.writeValueAsString(answer))
                        .getMessages())
                .isEmpty();
    }

    @Test
    void refusesAStatusOutsideTheEnumInTheAgentOfACreateAnswer() throws Exception {
        ObjectNode answer = createdAnswer();
        ((ObjectNode) answer.get("data")).put("status", "archived");

        assertThat(ContractCheck.createResponseVerdict(201, JSON.writeValueAsString(answer))
                        .getMessages())
                .isNotEmpty();
    }

    @Test
    void refusesAnAnswerThatSaysItFailedOnA201() throws Exception {
        ObjectNode answer = createdAnswer();
        answer.put("success", false);

        assertThat(ContractCheck.createResponseVerdict(201, JSON.writeValueAsString(answer))
                        .getMessages())
                .isNotEmpty();
    }

    private ObjectNode createdAnswer() throws Exception {
        HttpResponse<String> response = http.post("{\"name\":\"Sales Agent\"}");
        assertThat(response.statusCode()).isEqualTo(201);
        return (ObjectNode) JSON.readTree(response.body());
    }
}
