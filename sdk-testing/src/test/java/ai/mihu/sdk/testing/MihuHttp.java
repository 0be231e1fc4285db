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

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  private final MockMihuServer server;

  MihuHttp(MockMihuServer server) {
    this.server = server;
  }

  /** A create request with the server's token and a JSON body. */
  HttpRequest.Builder create(String json) {
    return request(AGENTS).header("Authorization", "Bearer " + server.apiToken())
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(10));
  }

  HttpResponse<String> post(String json) throws IOException, InterruptedException {
    return send(create(json));
  }

  static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
