package ai.mihu.sdk;

import static ai.mihu.sdk.Fixtures.AGENTS_PATH;
import static ai.mihu.sdk.Fixtures.errorBody;
import static ai.mihu.sdk.Fixtures.json;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.mihu.sdk.errors.AuthenticationException;
import ai.mihu.sdk.errors.MihuApiException;
import ai.mihu.sdk.errors.RateLimitException;
import ai.mihu.sdk.errors.ServiceUnavailableException;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Counts the requests that reach the server for every answer the HTTP client could act on by
 * itself: OkHttp's follow-up logic repeats a 503 whose {@code Retry-After} is 0 and may repeat a
 * 408 or 421, answer authentication challenges and follow redirects. Only the SDK's retry policy
 * may repeat a request, so the count is {@code maxRetries + 1} for what it retries (429 and 503)
 * and 1 for everything else, whatever the headers say, and whatever the request's method: a POST
 * with a body, a GET and a DELETE without one. The counts are printed at the end.
 */
class OnlyTheRetryPolicyRepeatsTest {

    @RegisterExtension
    static WireMockExtension server =
            WireMockExtension.newInstance().options(Fixtures.loopbackServer()).build();

    private static final String ELSEWHERE = "/api/v1/agents-moved";
    private static final Map<String, Integer> REQUESTS_BY_CASE = new ConcurrentSkipListMap<>();

    /** An answer the server gives to every create, and whether the retry policy retries it. */
    record Answer(String name, int status, Map<String, String> headers, boolean retriedByPolicy) {

        ResponseDefinitionBuilder response() {
            ResponseDefinitionBuilder response =
                    json(status, errorBody("Status " + status, "HTTP_" + status, null, null));
            headers.forEach(response::withHeader);
            return response;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final String PROCEDURE_UUID = "0b6c1f4e-3d2a-4b5c-8e7f-9a0b1c2d3e4f";

    /** A request of each shape: OkHttp's follow-ups depend on whether there is a body to send again. */
    enum Request {
        POST_CREATE(AGENTS_PATH, client -> client.agents().create(Fixtures.validRequest())),
        GET_LIST(AGENTS_PATH, client -> client.agents().list()),
        DELETE_PROCEDURE(
                AGENTS_PATH + "/" + Fixtures.AGENT_UUID + "/procedures/" + PROCEDURE_UUID,
                client -> client.agents().procedures().delete(Fixtures.AGENT_UUID, PROCEDURE_UUID));

        final String path;
        final Consumer<MihuClient> send;

        Request(String path, Consumer<MihuClient> send) {
            this.path = path;
            this.send = send;
        }
    }

    static Stream<Arguments> answersAndMaxRetries() {
        Stream<Answer> answers = Stream.of(
                new Answer("503 Retry-After 0", 503, Map.of("Retry-After", "0"), true),
                new Answer("503 without Retry-After", 503, Map.of(), true),
                new Answer("429 Retry-After 0", 429, Map.of("Retry-After", "0"), true),
                new Answer("429 without Retry-After", 429, Map.of(), true),
                new Answer("408 Request Timeout", 408, Map.of(), false),
                new Answer("408 Retry-After 0", 408, Map.of("Retry-After", "0"), false),
                new Answer("421 Misdirected Request", 421, Map.of(), false),
                new Answer("401 WWW-Authenticate", 401, Map.of("WWW-Authenticate", "Bearer realm=\"mihu\""), false),
                new Answer("301 Location", 301, Map.of("Location", ELSEWHERE), false),
                new Answer("302 Location", 302, Map.of("Location", ELSEWHERE), false),
                new Answer("303 Location", 303, Map.of("Location", ELSEWHERE), false),
                new Answer("307 Location", 307, Map.of("Location", ELSEWHERE), false),
                new Answer("308 Location", 308, Map.of("Location", ELSEWHERE), false));
        return answers.flatMap(answer -> Stream.of(0, 1, 2)
                .flatMap(maxRetries ->
                        Stream.of(Request.values()).map(request -> Arguments.of(answer, maxRetries, request))));
    }

    @ParameterizedTest(name = "{0}, maxRetries {1}, {2}")
    @MethodSource("answersAndMaxRetries")
    void sendsOnlyTheRequestsTheRetryPolicyAllows(Answer answer, int maxRetries, Request request) {
        server.stubFor(any(urlPathEqualTo(request.path)).willReturn(answer.response()));
        server.stubFor(any(urlPathEqualTo(ELSEWHERE)).willReturn(Fixtures.created()));

        MihuApiException e;
        try (MihuClient client =
                Fixtures.clientFor(server.getPort()).maxRetries(maxRetries).build()) {
            e = catchThrowableOfType(MihuApiException.class, () -> request.send.accept(client));
        }

        int requests = server.getAllServeEvents().size();
        REQUESTS_BY_CASE.put(String.format("%-26s maxRetries %d %s", answer, maxRetries, request), requests);
        assertThat(requests)
                .as("requests received for " + answer)
                .isEqualTo(answer.retriedByPolicy() ? maxRetries + 1 : 1);
        assertThat(e).as("the exception for " + answer).isNotNull();
        assertThat(e.statusCode()).isEqualTo(answer.status());
        assertThat(e)
                .isInstanceOf(
                        switch (answer.status()) {
                            case 503 -> ServiceUnavailableException.class;
                            case 429 -> RateLimitException.class;
                            case 401 -> AuthenticationException.class;
                            default -> MihuApiException.class;
                        });
    }

    @AfterAll
    static void printRequestCounts() {
        StringBuilder table = new StringBuilder("Requests received per answer and maxRetries:\n");
        REQUESTS_BY_CASE.forEach((name, count) ->
                table.append("  ").append(name).append(" -> ").append(count).append('\n'));
        System.out.print(table);
    }
}
