package ai.mihu.sdk;

import static ai.mihu.sdk.Fixtures.AGENTS_PATH;
import static ai.mihu.sdk.Fixtures.json;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.mihu.sdk.errors.InternalServerException;
import ai.mihu.sdk.errors.MalformedResponseException;
import ai.mihu.sdk.errors.MihuApiException;
import ai.mihu.sdk.errors.MihuException;
import ai.mihu.sdk.errors.RateLimitException;
import ai.mihu.sdk.errors.UnprocessableEntityException;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bodies that are not what the API documents still give a typed exception with a useful message. */
class MalformedResponseTest {

    private static final String HTML_PAGE = """
            <html><head><title>502 Bad Gateway</title><style>body{color:red}</style></head>
            <body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>
            """;

    @RegisterExtension
    static WireMockExtension server =
            WireMockExtension.newInstance().options(Fixtures.loopbackServer()).build();

    private MihuClient client;

    @BeforeEach
    void createClient() {
        client = Fixtures.clientFor(server.getPort()).maxRetries(0).build();
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    static Stream<Arguments> unusableSuccessBodies() {
        return Stream.of(
                Arguments.of("empty", "", "the body is empty"),
                Arguments.of("html", HTML_PAGE, "the body is not valid JSON (line 1, column 1)"),
                Arguments.of(
                        "truncated",
                        "{\"success\": true, \"data\": {\"agent_uuid\": \"5f1d",
                        "the body ends before the JSON is complete (line 1, column 47)"),
                Arguments.of("array", "[1, 2]", "the body is not a JSON object"),
                Arguments.of(
                        "success false",
                        "{\"success\": false, \"message\": \"Quota exhausted\", \"data\": {}}",
                        "the envelope says \"success\": false: Quota exhausted"),
                Arguments.of(
                        "no data",
                        "{\"success\": true, \"message\": \"Agent created\"}",
                        "the envelope has no \"data\""),
                Arguments.of("null data", "{\"success\": true, \"data\": null}", "the envelope has no \"data\""),
                Arguments.of(
                        "wrong type",
                        "{\"success\": true, \"data\": {\"agent_uuid\": \"not-a-uuid\", \"name\": \"x\"}}",
                        "the value at data.agent_uuid has an unexpected type"),
                Arguments.of(
                        "wrong nested type",
                        "{\"success\": true, \"data\": {\"name\": \"x\", \"guard_rules\": [{\"is_active\": {\"a\": 1}}]}}",
                        "the value at data.guard_rules[0].is_active has an unexpected type"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unusableSuccessBodies")
    void unusableSuccessBodyIsAMalformedResponse(String name, String body, String problem) {
        server.stubFor(post(AGENTS_PATH).willReturn(json(201, body)));

        MalformedResponseException e = catchThrowableOfType(
                MalformedResponseException.class, () -> client.agents().create(Fixtures.validRequest()));

        assertThat(e).hasMessage("HTTP 201 response cannot be used: " + problem);
        assertThat(e.statusCode()).isEqualTo(201);
        assertThat(e.rawBody()).isEqualTo(body);
        assertThat(e.getCause()).isNull();
    }

    @Test
    void htmlErrorPageFromAProxyGivesTypedExceptionWithItsText() {
        server.stubFor(post(AGENTS_PATH)
                .willReturn(aResponse()
                        .withStatus(502)
                        .withHeader("Content-Type", "text/html")
                        .withBody(HTML_PAGE)));

        InternalServerException e = catchThrowableOfType(
                InternalServerException.class, () -> client.agents().create(Fixtures.validRequest()));

        assertThat(e.statusCode()).isEqualTo(502);
        assertThat(e.errorCode()).isNull();
        assertThat(e.serverMessage()).isNull();
        assertThat(e.rawBody()).isEqualTo(HTML_PAGE);
        assertThat(e)
                .hasMessage("HTTP 502 Bad Gateway (the body is not Mihu's error envelope; Content-Type text/html): "
                        + "502 Bad Gateway 502 Bad Gateway nginx");
    }

    @Test
    void emptyErrorBodyGivesTypedExceptionSayingSo() {
        server.stubFor(post(AGENTS_PATH).willReturn(aResponse().withStatus(503)));

        InternalServerException e = catchThrowableOfType(
                InternalServerException.class, () -> client.agents().create(Fixtures.validRequest()));

        assertThat(e).hasMessage("HTTP 503 Service Unavailable with an empty body");
        assertThat(e.rawBody()).isEmpty();
    }

    @Test
    void truncatedErrorEnvelopeKeepsTheFieldsThatArrived() {
        server.stubFor(
                post(AGENTS_PATH)
                        .willReturn(
                                json(
                                        422,
                                        "{\"success\": false, \"message\": \"The given data was invalid.\", \"error\": {\"code\": \"VALIDATION_ERROR\", \"fie")));

        UnprocessableEntityException e = catchThrowableOfType(
                UnprocessableEntityException.class, () -> client.agents().create(Fixtures.validRequest()));

        assertThat(e.serverMessage()).isEqualTo("The given data was invalid.");
        assertThat(e.errorCode()).isEqualTo("VALIDATION_ERROR");
        assertThat(e.errorField()).isNull();
        assertThat(e)
                .hasMessage("HTTP 422 Unprocessable Entity: The given data was invalid. (code VALIDATION_ERROR) "
                        + "[the error body was cut short or is not valid JSON]");
    }

    @Test
    void plainTextErrorBodyIsQuotedInTheMessage() {
        server.stubFor(post(AGENTS_PATH).willReturn(aResponse().withStatus(429).withBody("rate limited, try later")));

        RateLimitException e = catchThrowableOfType(
                RateLimitException.class, () -> client.agents().create(Fixtures.validRequest()));

        assertThat(e.getMessage()).endsWith("rate limited, try later");
    }

    @Test
    void gatewayStyleErrorStringIsUsedAsTheMessage() {
        server.stubFor(post(AGENTS_PATH).willReturn(json(504, "{\"error\": \"upstream timed out\"}")));

        InternalServerException e = catchThrowableOfType(
                InternalServerException.class, () -> client.agents().create(Fixtures.validRequest()));

        assertThat(e.serverMessage()).isEqualTo("upstream timed out");
    }

    @Test
    void hugeErrorBodyIsCutToAFewKilobytes() {
        String body = "<html>" + "x".repeat(200_000) + "</html>";
        server.stubFor(post(AGENTS_PATH).willReturn(aResponse().withStatus(500).withBody(body)));

        MihuApiException e = catchThrowableOfType(
                MihuApiException.class, () -> client.agents().create(Fixtures.validRequest()));

        assertThat(e.rawBody()).hasSizeLessThan(5_000).startsWith("<html>xxx").contains("[truncated");
        assertThat(e.getMessage()).hasSizeLessThan(400);
    }

    @Test
    void longEnvelopeMessageIsAbbreviatedInTheExceptionMessageButKeptInFull() {
        String longMessage = "m".repeat(5_000);
        server.stubFor(
                post(AGENTS_PATH).willReturn(json(400, Fixtures.errorBody(longMessage, "INVALID_JSON", null, null))));

        MihuApiException e = catchThrowableOfType(
                MihuApiException.class, () -> client.agents().create(Fixtures.validRequest()));

        assertThat(e.serverMessage()).isEqualTo(longMessage);
        assertThat(e.getMessage()).hasSizeLessThan(700).contains("mmm…");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unusableSuccessBodies")
    void nothingEscapesAsAFeignOrJacksonException(String name, String body, String problem) {
        server.stubFor(post(AGENTS_PATH).willReturn(json(200, body)));

        Throwable thrown = catchThrowable(() -> client.agents().createWithResponse(Fixtures.validRequest()));

        assertThat(thrown).isInstanceOf(MihuException.class);
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            assertThat(t.getClass().getName()).doesNotStartWith("feign.").doesNotStartWith("com.fasterxml");
        }
    }
}
