package ai.mihu.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.mihu.sdk.model.CreateAgentResponse;
import ai.mihu.sdk.model.ErrorDetail;
import ai.mihu.sdk.model.ErrorResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each injected fault reaches the client as the failure it imitates, and is recorded. */
class MockMihuServerFaultTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VALID = "{\"name\":\"A\"}";

    private MockMihuServer server;
    private MihuHttp http;

    @BeforeEach
    void startServer() {
        server = MockMihuServer.builder().start();
        http = new MihuHttp(server);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void statusFaultAnswersTheDocumentedEnvelopeWithRetryAfterAndCreatesNothing() throws Exception {
        server.enqueueFault(Fault.status(503).withRetryAfter("0"));

        HttpResponse<String> faulted = http.post(VALID);

        assertThat(faulted.statusCode()).isEqualTo(503);
        assertThat(faulted.headers().firstValue("Retry-After")).hasValue("0");
        ErrorResponse error = JSON.readValue(faulted.body(), ErrorResponse.class);
        assertThat(error.getSuccess()).isFalse();
        assertThat(error.getError().getCode()).isEqualTo("SERVICE_UNAVAILABLE");
        ContractCheck.assertAllowedCreateResponse(faulted);
        assertThat(server.createdAgents()).isEmpty();
        RecordedRequest recorded = server.recordedRequests().get(0);
        assertThat(recorded.responseStatus()).hasValue(503);
        assertThat(recorded.fault()).get().extracting(Fault::kind).isEqualTo(Fault.Kind.STATUS);
        assertThat(recorded.createdAgentUuid()).isEmpty();

        assertThat(http.post(VALID).statusCode()).as("the call after the fault").isEqualTo(201);
        assertThat(server.createdAgents()).hasSize(1);
    }

    @Test
    void statusFaultSendsTheGivenEnvelope() throws Exception {
        ErrorResponse body = new ErrorResponse()
                .success(false)
                .message("Slow down.")
                .error(new ErrorDetail().code("RATE_LIMIT_EXCEEDED").details("Retry after 30 seconds."));
        server.enqueueFault(Fault.status(429, body).withRetryAfter("30"));

        HttpResponse<String> faulted = http.post(VALID);

        assertThat(faulted.statusCode()).isEqualTo(429);
        assertThat(faulted.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(JSON.readValue(faulted.body(), ErrorResponse.class)).isEqualTo(body);
        ContractCheck.assertAllowedCreateResponse(faulted);
    }

    @Test
    void validationErrorAnswers422NamingTheFieldWithDetailsAndCreatesNothing() throws Exception {
        server.enqueueFault(Fault.validationError("timezone", "The timezone must be a valid IANA time zone."));

        HttpResponse<String> faulted = http.post(VALID);

        assertThat(faulted.statusCode()).isEqualTo(422);
        ErrorResponse error = JSON.readValue(faulted.body(), ErrorResponse.class);
        assertThat(error.getSuccess()).isFalse();
        assertThat(error.getMessage()).isEqualTo("The given data was invalid.");
        assertThat(error.getError().getCode()).isEqualTo("VALIDATION_ERROR");
        assertThat(error.getError().getField()).isEqualTo("timezone");
        assertThat(error.getError().getDetails()).isEqualTo("The timezone must be a valid IANA time zone.");
        ContractCheck.assertAllowedCreateResponse(faulted);
        assertThat(server.createdAgents()).isEmpty();
    }

    @Test
    void statusFaultCanSendAProxysHtmlPage() throws Exception {
        server.enqueueFault(Fault.status(502, "text/html", "<html><body>Bad Gateway</body></html>"));

        HttpResponse<String> faulted = http.post(VALID);

        assertThat(faulted.statusCode()).isEqualTo(502);
        assertThat(faulted.headers().firstValue("Content-Type")).hasValue("text/html");
        assertThat(faulted.body()).isEqualTo("<html><body>Bad Gateway</body></html>");
    }

    @Test
    void statusFaultCanSendAnEmptyBody() throws Exception {
        server.enqueueFault(Fault.status(504, "text/plain", ""));

        HttpResponse<String> faulted = http.post(VALID);

        assertThat(faulted.statusCode()).isEqualTo(504);
        assertThat(faulted.body()).isEmpty();
    }

    @Test
    void faultAppliesToTheGivenNumberOfCallsThenTheNextFaultTakesOver() throws Exception {
        server.enqueueFault(Fault.status(503).times(2)).enqueueFault(Fault.status(429));
        assertThat(server.pendingFaultCount()).isEqualTo(3);

        assertThat(http.post(VALID).statusCode()).isEqualTo(503);
        assertThat(http.post(VALID).statusCode()).isEqualTo(503);
        assertThat(http.post(VALID).statusCode()).isEqualTo(429);
        assertThat(http.post(VALID).statusCode()).isEqualTo(201);
        assertThat(server.pendingFaultCount()).isZero();
        assertThat(server.recordedRequests())
                .extracting(r -> r.fault().isPresent())
                .containsExactly(true, true, true, false);
    }

    @Test
    void faultsApplyBeforeAnyCheckOfTheRequest() throws Exception {
        server.enqueueFault(Fault.status(503));

        HttpResponse<String> faulted = MihuHttp.send(http.request("/unknown").GET());

        assertThat(faulted.statusCode()).isEqualTo(503);
    }

    @Test
    void delayPastTheClientTimeoutStillCreatesTheAgent() throws Exception {
        server.enqueueFault(Fault.delay(Duration.ofSeconds(2)));

        assertThatThrownBy(() -> MihuHttp.send(http.create(VALID).timeout(Duration.ofMillis(300))))
                .isInstanceOf(HttpTimeoutException.class);

        assertThat(server.createdAgents()).hasSize(1);
        RecordedRequest recorded = server.recordedRequests().get(0);
        assertThat(recorded.fault()).get().extracting(Fault::kind).isEqualTo(Fault.Kind.DELAY);
        assertThat(recorded.createdAgentUuid())
                .hasValue(server.createdAgents().get(0).getAgentUuid());
    }

    @Test
    void delayWithinTheClientTimeoutAnswersNormallyButLate() throws Exception {
        server.enqueueFault(Fault.delay(Duration.ofMillis(400)));

        long started = System.nanoTime();
        HttpResponse<String> late = http.post(VALID);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(late.statusCode()).isEqualTo(201);
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        ContractCheck.assertAllowedCreateResponse(late);
    }

    @Test
    void malformedBodyAnswers2xxWithJsonThatDoesNotParseAndHasCreatedTheAgent() throws Exception {
        server.enqueueFault(Fault.malformedBody());

        HttpResponse<String> broken = http.post(VALID);

        assertThat(broken.statusCode()).isEqualTo(201);
        assertThat(broken.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(broken.body()).startsWith("{\"success\":true");
        assertThatThrownBy(() -> JSON.readValue(broken.body(), CreateAgentResponse.class))
                .isInstanceOf(JsonProcessingException.class);
        assertThat(server.createdAgents()).hasSize(1);
        assertThat(server.recordedRequests().get(0).createdAgentUuid()).isPresent();
    }

    @Test
    void droppedConnectionFailsTheClientWithAnIoErrorAndCreatesNothing() throws Exception {
        server.enqueueFault(Fault.dropConnection());

        assertThatThrownBy(() -> http.post(VALID))
                .isInstanceOf(IOException.class)
                .isNotInstanceOf(HttpTimeoutException.class);

        assertThat(server.createdAgents()).isEmpty();
        assertThat(server.requestCount())
                .as("the client did not silently retry")
                .isEqualTo(1);
        RecordedRequest recorded = server.recordedRequests().get(0);
        assertThat(recorded.responseStatus()).isEmpty();
        assertThat(recorded.fault()).get().extracting(Fault::kind).isEqualTo(Fault.Kind.DROP_CONNECTION);
        assertThat(recorded.body()).isEqualTo(VALID);
        assertThat(http.post(VALID).statusCode()).as("the call after the drop").isEqualTo(201);
    }

    @Test
    void faultsAreDescribedForFailureMessages() {
        assertThat(Fault.status(503).withRetryAfter("0").times(2))
                .hasToString("Fault[status 503, Retry-After 0, 2 times]");
        assertThat(Fault.delay(Duration.ofSeconds(3))).hasToString("Fault[delay PT3S, 1 time]");
        assertThat(Fault.dropConnection().status()).isEmpty();
        assertThat(Fault.status(429).status()).hasValue(429);
    }

    @Test
    void rejectsFaultsThatMakeNoSense() {
        assertThatThrownBy(() -> Fault.status(200))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("200");
        assertThatThrownBy(() -> Fault.status(503).times(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fault.delay(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fault.dropConnection().withRetryAfter("1")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Fault.status(503).withRetryAfter(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fault.status(503, (ErrorResponse) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> server.enqueueFault(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Fault.validationError(" ", "Required."))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("field");
        assertThatThrownBy(() -> Fault.validationError("timezone", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("details must say what is wrong with timezone");
        assertThatThrownBy(() -> Fault.validationError(null, "Required.")).isInstanceOf(NullPointerException.class);
    }
}
