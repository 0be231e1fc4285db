package ai.mihu.sdk.testing;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.CreateAgentResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Answers each call: takes the next injected fault, checks the request against the contract,
 * creates the agent, records the call, then sends the answer (late, cut short, or not at all when
 * a fault says so).
 *
 * <p>A call is recorded before its answer is sent, so a client that has seen the answer, an I/O
 * error or its own timeout always finds the call in {@link MockMihuServer#recordedRequests()}.
 */
final class MockMihuHandler implements HttpHandler {

  private static final String AGENTS_PATH = "/api/v1/agents";

  private final MockMihuServer server;
  private final RequestChecker checker;
  private final AgentFactory agents;
  private final int createdStatus;

  MockMihuHandler(MockMihuServer server, RequestChecker checker, AgentFactory agents, int createdStatus) {
    this.server = server;
    this.checker = checker;
    this.agents = agents;
    this.createdStatus = createdStatus;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      Call call = read(exchange);
      Fault fault = server.faults().next().orElse(null);
      if (fault != null && fault.kind() == Fault.Kind.DROP_CONNECTION) {
        server.record(call.recorded(null, fault, null));
        // Closing before any response header was sent makes the JDK server close the socket.
        exchange.close();
        return;
      }
      Outcome outcome = fault != null && !fault.processesCall()
          ? new Outcome(fault.answer(), null)
          : process(call.method(), call.path(), call.headers(), call.body());
      Answer answer = fault != null && fault.kind() == Fault.Kind.MALFORMED_BODY
          ? outcome.answer().truncated()
          : outcome.answer();
      server.record(call.recorded(answer.status(), fault, outcome.createdAgentUuid()));
      if (fault != null && fault.kind() == Fault.Kind.DELAY) {
        Thread.sleep(fault.delay().orElseThrow().toMillis());
      }
      send(exchange, call.method(), answer);
    } catch (InterruptedException e) {
      // The server is closing while an answer was held back: give up on it.
      Thread.currentThread().interrupt();
      exchange.close();
    } catch (IOException e) {
      // The client went away (often after its own timeout); the call is already recorded.
      exchange.close();
    } catch (RuntimeException e) {
      sendFailure(exchange, e);
    }
  }

  private Call read(HttpExchange exchange) throws IOException {
    return new Call(
        exchange.getRequestMethod().toUpperCase(Locale.ROOT),
        exchange.getRequestURI().getPath(),
        exchange.getRequestURI().getRawQuery(),
        headers(exchange),
        readBody(exchange),
        server.clock().instant());
  }

  /** The normal answer to a call, and the agent it created, if any. */
  private Outcome process(String method, String path, Map<String, List<String>> headers, String body) {
    RequestChecker.Verdict verdict = checker.check(method, path, headers, body);
    if (!verdict.accepted()) {
      return new Outcome(verdict.rejection(), null);
    }
    if ("POST".equals(method) && AGENTS_PATH.equals(withoutTrailingSlash(path))) {
      return create(verdict.body());
    }
    StandardErrors.Entry entry = StandardErrors.forStatus(501);
    return new Outcome(
        Answer.error(501, entry.code(), "MockMihuServer does not implement " + method + " " + path + " yet.", null, null),
        null);
  }

  private Outcome create(JsonNode body) {
    Agent agent;
    try {
      agent = server.completeCreated(agents.create(body));
    } catch (IllegalStateException e) {
      StandardErrors.Entry entry = StandardErrors.forStatus(500);
      String cause = e.getCause() == null ? "" : " " + e.getCause().getMessage();
      return new Outcome(Answer.error(500, entry.code(), entry.message(), e.getMessage() + "." + cause, null), null);
    }
    server.store(agent);
    CreateAgentResponse response =
        new CreateAgentResponse().success(true).message("Agent created successfully").data(agent);
    return new Outcome(Answer.json(createdStatus, response), agent.getAgentUuid());
  }

  private static void send(HttpExchange exchange, String method, Answer answer) throws IOException {
    answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    byte[] body = answer.body();
    boolean withoutBody = "HEAD".equals(method) || body.length == 0;
    exchange.sendResponseHeaders(answer.status(), withoutBody ? -1 : body.length);
    if (!withoutBody) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
    exchange.close();
  }

  /** A failure of the mock itself: answered as the API's 500, so the test sees what went wrong. */
  private static void sendFailure(HttpExchange exchange, RuntimeException failure) {
    try {
      StandardErrors.Entry entry = StandardErrors.forStatus(500);
      send(
          exchange,
          exchange.getRequestMethod(),
          Answer.error(500, entry.code(), entry.message(), "MockMihuServer failed: " + failure, null));
    } catch (IOException | RuntimeException sendFailed) {
      exchange.close();
    }
  }

  private static Map<String, List<String>> headers(HttpExchange exchange) {
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, new ArrayList<>(values)));
    return headers;
  }

  private static String readBody(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String withoutTrailingSlash(String path) {
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /** An answer and the agent the call created. */
  private record Outcome(Answer answer, UUID createdAgentUuid) {}

  /** What arrived, before anything was decided about it. */
  private record Call(
      String method, String path, String query, Map<String, List<String>> headers, String body, Instant receivedAt) {

    RecordedRequest recorded(Integer status, Fault fault, UUID createdAgentUuid) {
      return new RecordedRequest(method, path, query, headers, body, receivedAt, status, fault, createdAgentUuid);
    }
  }
}
