package ai.mihu.sdk;

import static ai.mihu.sdk.Fixtures.AGENTS_PATH;
import static ai.mihu.sdk.Fixtures.errorBody;
import static ai.mihu.sdk.Fixtures.json;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.mihu.sdk.errors.AuthenticationException;
import ai.mihu.sdk.errors.BadRequestException;
import ai.mihu.sdk.errors.ConflictException;
import ai.mihu.sdk.errors.InternalServerException;
import ai.mihu.sdk.errors.MihuApiException;
import ai.mihu.sdk.errors.NotFoundException;
import ai.mihu.sdk.errors.PermissionDeniedException;
import ai.mihu.sdk.errors.RateLimitException;
import ai.mihu.sdk.errors.ServiceUnavailableException;
import ai.mihu.sdk.errors.UnprocessableEntityException;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every status the API documents, and one it does not, maps to its own exception type. */
class ErrorMappingTest {

    @RegisterExtension
    static WireMockExtension server =
            WireMockExtension.newInstance().options(Fixtures.loopbackServer()).build();

    private MihuClient client;

    @BeforeEach
    void createClient() {
        // No retries: this class pins the mapping, RetryPolicyTest pins the retries.
        client = Fixtures.clientFor(server.getPort()).maxRetries(0).build();
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    static Stream<Arguments> statuses() {
        return Stream.of(
                Arguments.of(400, BadRequestException.class, "INVALID_JSON"),
                Arguments.of(401, AuthenticationException.class, "INVALID_AUTH_TOKEN"),
                Arguments.of(403, PermissionDeniedException.class, "FORBIDDEN"),
                Arguments.of(404, NotFoundException.class, "NOT_FOUND"),
                Arguments.of(409, ConflictException.class, "webhook_limit_reached"),
                Arguments.of(422, UnprocessableEntityException.class, "VALIDATION_ERROR"),
                Arguments.of(429, RateLimitException.class, "RATE_LIMIT_EXCEEDED"),
                Arguments.of(500, InternalServerException.class, "INTERNAL_ERROR"),
                Arguments.of(502, InternalServerException.class, "BAD_GATEWAY"),
                Arguments.of(503, ServiceUnavailableException.class, "SERVICE_UNAVAILABLE"),
                Arguments.of(504, InternalServerException.class, "GATEWAY_TIMEOUT"),
                Arguments.of(418, MihuApiException.class, "TEAPOT"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("statuses")
    void mapsEachStatusToItsTypedExceptionWithTheEnvelopeParts(
            int status, Class<? extends MihuApiException> type, String code) {
        server.stubFor(post(AGENTS_PATH)
                .willReturn(json(status, errorBody("Something went wrong", code, "Reference 7f3c2a1e", "name"))
                        .withHeader("X-Request-Id", "req-" + status)));

        MihuApiException e = catchThrowableOfType(
                MihuApiException.class, () -> client.agents().create(Fixtures.validRequest()));

        assertThat(e).isExactlyInstanceOf(type);
        assertThat(e.statusCode()).isEqualTo(status);
        assertThat(e.errorCode()).isEqualTo(code);
        assertThat(e.errorField()).isEqualTo("name");
        assertThat(e.details()).isEqualTo("Reference 7f3c2a1e");
        assertThat(e.serverMessage()).isEqualTo("Something went wrong");
        assertThat(e.headers().get("x-request-id")).containsExactly("req-" + status);
        assertThat(e.rawBody()).contains("\"code\": \"" + code + "\"");
        assertThat(e.getMessage())
                .startsWith("HTTP " + status)
                .contains("Something went wrong", code, "field name", "Reference 7f3c2a1e");
        server.verify(1, postRequestedFor(urlEqualTo(AGENTS_PATH)));
    }

    @Test
    void validationErrorNamesTheFieldInTheMessage() {
        server.stubFor(post(AGENTS_PATH)
                .willReturn(json(
                        422,
                        errorBody(
                                "The given data was invalid.",
                                "VALIDATION_ERROR",
                                "The name field is required.",
                                "name"))));

        UnprocessableEntityException e = catchThrowableOfType(
                UnprocessableEntityException.class, () -> client.agents().create(Fixtures.validRequest()));

        assertThat(e)
                .hasMessage("HTTP 422 Unprocessable Entity: The given data was invalid. (code VALIDATION_ERROR, "
                        + "field name; details: The name field is required.)");
    }

    @Test
    void envelopeWithoutErrorObjectStillGivesMessageAndNullParts() {
        server.stubFor(post(AGENTS_PATH).willReturn(json(404, "{\"success\": false, \"message\": \"No such route\"}")));

        NotFoundException e = catchThrowableOfType(
                NotFoundException.class, () -> client.agents().create(Fixtures.validRequest()));

        assertThat(e.serverMessage()).isEqualTo("No such route");
        assertThat(e.errorCode()).isNull();
        assertThat(e.errorField()).isNull();
        assertThat(e.details()).isNull();
    }

    @Test
    void structuredDetailsAreKeptAsJsonText() {
        server.stubFor(post(AGENTS_PATH).willReturn(json(422, """
                {"success": false, "message": "Invalid", "error": {"code": "VALIDATION_ERROR",
                 "details": {"name": ["is required"]}}}
                """)));

        UnprocessableEntityException e = catchThrowableOfType(
                UnprocessableEntityException.class, () -> client.agents().create(Fixtures.validRequest()));

        assertThat(e.details()).isEqualTo("{\"name\":[\"is required\"]}");
    }

    @Test
    void rateLimitExceptionCarriesRetryAfter() {
        server.stubFor(post(AGENTS_PATH)
                .willReturn(json(429, errorBody("Slow down", "RATE_LIMIT_EXCEEDED", null, null))
                        .withHeader("Retry-After", "30")));

        RateLimitException e = catchThrowableOfType(
                RateLimitException.class, () -> client.agents().create(Fixtures.validRequest()));

        assertThat(e.retryAfter()).contains(Duration.ofSeconds(30));
        assertThat(e.getMessage()).contains("Retry after 30 s.");
    }

    @Test
    void serviceUnavailableExceptionCarriesRetryAfterAndIsAnInternalServerException() {
        server.stubFor(post(AGENTS_PATH)
                .willReturn(json(503, errorBody("Maintenance", "SERVICE_UNAVAILABLE", null, null))
                        .withHeader("Retry-After", "120")));

        InternalServerException e = catchThrowableOfType(
                InternalServerException.class, () -> client.agents().create(Fixtures.validRequest()));

        assertThat(e).isExactlyInstanceOf(ServiceUnavailableException.class);
        assertThat(((ServiceUnavailableException) e).retryAfter()).contains(Duration.ofSeconds(120));
        assertThat(e.getMessage())
                .startsWith("HTTP 503 Service Unavailable: Maintenance")
                .contains("Retry after 120 s.");
    }

    @Test
    void rateLimitExceptionWithoutRetryAfterHasNone() {
        server.stubFor(
                post(AGENTS_PATH).willReturn(json(429, errorBody("Slow down", "RATE_LIMIT_EXCEEDED", null, null))));

        RateLimitException e = catchThrowableOfType(
                RateLimitException.class, () -> client.agents().create(Fixtures.validRequest()));

        assertThat(e.retryAfter()).isEmpty();
    }

    @Test
    void redirectIsNotFollowedAndSurfacesAsApiException() {
        server.stubFor(post(AGENTS_PATH).willReturn(aResponse().withStatus(307).withHeader("Location", "/elsewhere")));

        MihuApiException e = catchThrowableOfType(
                MihuApiException.class, () -> client.agents().create(Fixtures.validRequest()));

        assertThat(e).isExactlyInstanceOf(MihuApiException.class);
        assertThat(e.statusCode()).isEqualTo(307);
        assertThat(e.headers().get("location")).containsExactly("/elsewhere");
        server.verify(1, postRequestedFor(urlEqualTo(AGENTS_PATH)));
    }
}
