package ai.mihu.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import ai.mihu.sdk.model.ErrorResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mock rejects what the contract forbids, with the status, envelope and field the API uses. */
class MockMihuServerRejectionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MockMihuServer server;
    private MihuHttp http;

    @BeforeEach
    void startServer() {
        server = MockMihuServer.builder().apiToken("secret-token-1").start();
        http = new MihuHttp(server);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
          missing name                 | {"description":"no name"}                                                                    | name
          empty name                   | {"name":""}                                                                                  | name
          blank name                   | {"name":"   "}                                                                               | name
          wrong type for name          | {"name":5}                                                                                   | name
          unknown status               | {"name":"A","status":"archived"}                                                             | status
          unknown speed                | {"name":"A","speed":"slow"}                                                                  | speed
          wrong type for a boolean     | {"name":"A","appointment_scheduling_enabled":"yes"}                                          | appointment_scheduling_enabled
          malformed uuid in a step     | {"name":"A","procedures":[{"name":"P","steps":[{"intent_uuid":"not-a-uuid"}]}]}              | procedures[0].steps[0].intent_uuid
          unknown guard rule action    | {"name":"A","guard_rules":[{"name":"G","then_action":"explode"}]}                            | guard_rules[0].then_action
          missing guideline content    | {"name":"A","guidelines":[{"content":"first"},{"order":1}]}                                  | guidelines[1].content
          negative note order          | {"name":"A","notes":[{"content":"n","order":-1}]}                                            | notes[0].order
          int32 overflow               | {"name":"A","routing_rules":[{"priority":99999999999}]}                                      | routing_rules[0].priority
          unknown detection mode       | {"name":"A","routing_rules":[{"detection_mode":"fuzzy"}]}                                    | routing_rules[0].detection_mode
          malformed schedule uuid      | {"name":"A","appointments":{"schedule_assignments":[{"schedule_uuid":"x"}]}}                 | appointments.schedule_assignments[0].schedule_uuid
          settings that are no object  | {"name":"A","settings":{"voice":"loud"}}                                                     | settings.voice
          """)
    void rejectsASchemaViolationWith422NamingTheField(String violation, String body, String field) throws Exception {
        HttpResponse<String> response = http.post(body);

        assertThat(response.statusCode()).as(violation).isEqualTo(422);
        ErrorResponse error = envelope(response);
        assertThat(error.getError().getCode()).isEqualTo("VALIDATION_ERROR");
        assertThat(error.getError().getField()).isEqualTo(field);
        assertThat(error.getError().getDetails()).contains(field);
        ContractCheck.assertAllowedCreateResponse(response);
    }

    @Test
    void namesTheFirstProblemAndListsTheOthersInDetails() throws Exception {
        HttpResponse<String> response = http.post("{\"status\":\"archived\",\"guidelines\":[{}]}");

        ErrorResponse error = envelope(response);
        assertThat(error.getError().getField()).isEqualTo("name");
        assertThat(error.getError().getDetails())
                .startsWith("The name field is required.")
                .contains("guidelines[0].content")
                .contains("status");
    }

    @Test
    void explainsAnEnumBehindARefWithTheAllowedValues() throws Exception {
        HttpResponse<String> response = http.post("{\"name\":\"A\",\"status\":\"archived\"}");

        assertThat(envelope(response).getError().getDetails())
                .startsWith("status: ")
                .contains("\"archived\"")
                .contains("pending");
    }

    @Test
    void rejectedCallsCreateNothingAndAreRecordedWithTheirStatus() throws Exception {
        http.post("{\"name\":5}");

        assertThat(server.createdAgents()).isEmpty();
        RecordedRequest recorded = server.recordedRequests().get(0);
        assertThat(recorded.responseStatus()).hasValue(422);
        assertThat(recorded.createdAgentUuid()).isEmpty();
        assertThat(recorded.fault()).isEmpty();
    }

    @Test
    void rejectsAMissingTokenWithMissingAuthToken() throws Exception {
        HttpResponse<String> response = MihuHttp.send(http.request(MihuHttp.AGENTS)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"A\"}")));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(envelope(response).getError().getCode()).isEqualTo("MISSING_AUTH_TOKEN");
        assertThat(envelope(response).getError().getField()).isNull();
        ContractCheck.assertAllowedCreateResponse(response);
    }

    @ParameterizedTest(name = "Authorization: {0}")
    @CsvSource({"Bearer wrong-token", "Bearer secret-token-10", "Basic c2VjcmV0LXRva2VuLTE=", "secret-token-1", "Bearer"
    })
    void rejectsAnyOtherAuthorizationWithInvalidAuthToken(String authorization) throws Exception {
        HttpResponse<String> response = MihuHttp.send(http.request(MihuHttp.AGENTS)
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"A\"}")));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(envelope(response).getError().getCode()).isEqualTo("INVALID_AUTH_TOKEN");
        assertThat(response.body())
                .doesNotContain("token-1")
                .doesNotContain("wrong-token")
                .doesNotContain("c2VjcmV0");
        ContractCheck.assertAllowedCreateResponse(response);
    }

    @Test
    void refusesARevokedTokenUntilReset() throws Exception {
        assertThat(http.post("{\"name\":\"A\"}").statusCode()).isEqualTo(201);

        server.revokeApiToken();
        HttpResponse<String> refused = http.post("{\"name\":\"B\"}");

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(envelope(refused).getError().getCode()).isEqualTo("INVALID_AUTH_TOKEN");
        assertThat(refused.body()).doesNotContain("secret-token-1");
        ContractCheck.assertAllowedCreateResponse(refused);
        assertThat(server.createdAgents()).extracting("name").containsExactly("A");

        server.reset();
        assertThat(http.post("{\"name\":\"C\"}").statusCode()).isEqualTo(201);
    }

    @ParameterizedTest(name = "timezone \"{0}\"")
    @CsvSource({"Mars/Olympus_Mons", "Europe/Atlantis", "europe/istanbul", "GMT+3", "''"})
    void rejectsATimeZoneItDoesNotKnowNamingTheField(String timezone) throws Exception {
        HttpResponse<String> response = http.post("{\"name\":\"A\",\"timezone\":\"" + timezone + "\"}");

        assertThat(response.statusCode()).isEqualTo(422);
        ErrorResponse error = envelope(response);
        assertThat(error.getError().getCode()).isEqualTo("VALIDATION_ERROR");
        assertThat(error.getError().getField()).isEqualTo("timezone");
        ContractCheck.assertAllowedCreateResponse(response);
        assertThat(server.createdAgents()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Europe/Istanbul", "UTC", "America/Argentina/Buenos_Aires"})
    void acceptsIanaTimeZones(String timezone) throws Exception {
        HttpResponse<String> response = http.post("{\"name\":\"A\",\"timezone\":\"" + timezone + "\"}");

        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void acceptsTheBearerSchemeInAnyCase() throws Exception {
        HttpResponse<String> response = MihuHttp.send(http.request(MihuHttp.AGENTS)
                .header("Authorization", "bearer secret-token-1")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"A\"}")));

        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void checksTheTokenBeforeTheBody() throws Exception {
        HttpResponse<String> response = MihuHttp.send(http.request(MihuHttp.AGENTS)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":")));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
          truncated object    | {"name":"A"
          not json at all     | name=A
          trailing garbage    | {"name":"A"} x
          single quotes       | {'name':'A'}
          """)
    void rejectsMalformedJsonWith400InvalidJson(String kind, String body) throws Exception {
        HttpResponse<String> response = http.post(body);

        assertThat(response.statusCode()).as(kind).isEqualTo(400);
        ErrorResponse error = envelope(response);
        assertThat(error.getError().getCode()).isEqualTo("INVALID_JSON");
        assertThat(error.getError().getDetails()).contains("line 1");
        assertThat(error.getError().getField()).isNull();
        ContractCheck.assertAllowedCreateResponse(response);
    }

    @Test
    void rejectsAnEmptyBodyWith400InvalidJson() throws Exception {
        HttpResponse<String> response = http.post("");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(envelope(response).getError().getCode()).isEqualTo("INVALID_JSON");
    }

    @Test
    void rejectsJsonThatIsNotAnObjectWith400InvalidJson() throws Exception {
        HttpResponse<String> response = http.post("[{\"name\":\"A\"}]");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(envelope(response).getError().getCode()).isEqualTo("INVALID_JSON");
        assertThat(envelope(response).getError().getDetails()).contains("JSON object");
    }

    @Test
    void rejectsABodyThatIsNotDeclaredAsJson() throws Exception {
        HttpResponse<String> response = MihuHttp.send(http.request(MihuHttp.AGENTS)
                .header("Authorization", "Bearer secret-token-1")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"A\"}")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(envelope(response).getError().getCode()).isEqualTo("INVALID_CONTENT_TYPE");
        assertThat(envelope(response).getError().getDetails())
                .contains("text/plain")
                .contains("application/json");
        ContractCheck.assertAllowedCreateResponse(response);
    }

    @Test
    void rejectsABodyWithoutContentType() throws Exception {
        HttpResponse<String> response = MihuHttp.send(http.request(MihuHttp.AGENTS)
                .header("Authorization", "Bearer secret-token-1")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"A\"}")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(envelope(response).getError().getCode()).isEqualTo("INVALID_CONTENT_TYPE");
    }

    @Test
    void acceptsJsonWithACharsetParameter() throws Exception {
        HttpResponse<String> response = MihuHttp.send(http.request(MihuHttp.AGENTS)
                .header("Authorization", "Bearer secret-token-1")
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"A\"}")));

        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void answers404ForAPathTheContractLacks() throws Exception {
        HttpResponse<String> response = MihuHttp.send(http.request("/api/v1/agentz")
                .header("Authorization", "Bearer secret-token-1")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"A\"}")));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(envelope(response).getError().getCode()).isEqualTo("NOT_FOUND");
        assertThat(envelope(response).getError().getDetails()).contains("POST /api/v1/agentz");
    }

    @Test
    void answers404BeforeCheckingTheToken() throws Exception {
        HttpResponse<String> response = MihuHttp.send(http.request("/nowhere").GET());

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void answers405WithAllowForAMethodTheContractLacks() throws Exception {
        HttpResponse<String> response = MihuHttp.send(http.request(MihuHttp.AGENTS)
                .header("Authorization", "Bearer secret-token-1")
                .method("PUT", HttpRequest.BodyPublishers.ofString("{\"name\":\"A\"}")));

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET, POST");
        assertThat(envelope(response).getError().getCode()).isEqualTo("METHOD_NOT_ALLOWED");
    }

    @Test
    void answers405ForAMethodUnknownToHttpToo() throws Exception {
        HttpResponse<String> response =
                MihuHttp.send(http.request(MihuHttp.AGENTS).method("BREW", HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET, POST");
    }

    @Test
    void acceptsAndIgnoresUndeclaredPropertiesByDefault() throws Exception {
        HttpResponse<String> response = http.post("{\"name\":\"A\",\"favourite_colour\":\"green\"}");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).doesNotContain("favourite_colour");
    }

    @Test
    void rejectsUndeclaredPropertiesWhenAskedTo() throws Exception {
        try (MockMihuServer strict =
                MockMihuServer.builder().rejectUndeclaredProperties(true).start()) {
            HttpResponse<String> response =
                    new MihuHttp(strict).post("{\"name\":\"A\",\"guidelines\":[{\"content\":\"c\",\"weight\":3}]}");

            assertThat(response.statusCode()).isEqualTo(422);
            assertThat(envelope(response).getError().getField()).isEqualTo("guidelines[0].weight");
        }
    }

    private static ErrorResponse envelope(HttpResponse<String> response) throws Exception {
        ErrorResponse error = JSON.readValue(response.body(), ErrorResponse.class);
        assertThat(error.getSuccess()).isFalse();
        assertThat(error.getMessage()).isNotBlank();
        assertThat(error.getError()).isNotNull();
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        return error;
    }
}
