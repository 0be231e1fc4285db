package ai.mihu.sdk.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A plain JDK HTTP client for the tests, standing in for the SDK's client: it sends exactly what
 * a test says, so the mock's answers to bad requests can be observed.
 */
final class MihuHttp {

    static final String AGENTS = "/api/v1/agents";

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final MockMihuServer server;

    MihuHttp(MockMihuServer server) {
        this.server = server;
    }

    /** A create request with the server's token and a JSON body. */
    HttpRequest.Builder create(String json) {
        return request(AGENTS)
                .header("Authorization", "Bearer " + server.apiToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(10));
    }

    /**
     * A call with the server's token, and a JSON body unless {@code json} is null, checked against
     * the contract: whatever it answers must be an answer the contract allows.
     */
    HttpResponse<String> call(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path).header("Authorization", "Bearer " + server.apiToken());
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        HttpResponse<String> response = send(request);
        ContractCheck.assertAllowedResponse(method, path, response);
        return response;
    }

    HttpResponse<String> post(String json) throws IOException, InterruptedException {
        return send(create(json));
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
