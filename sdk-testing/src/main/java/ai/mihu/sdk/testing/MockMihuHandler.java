package ai.mihu.sdk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Answers each call: routes it to an operation of the contract, takes the next injected fault that
 * applies to it, checks the request against the contract, lets the operation's handler apply it
 * to the tenant's agents, records the call, then sends the answer (late, cut short, or not at all
 * when a fault says so).
 *
 * <p>A call is recorded before its answer is sent, so a client that has seen the answer, an I/O
 * error or its own timeout always finds the call in {@link MockMihuServer#recordedRequests()}.
 */
final class MockMihuHandler implements HttpHandler {

    private final MockMihuServer server;
    private final Contract contract;
    private final RequestChecker checker;
    private final OperationRegistry operations;

    MockMihuHandler(MockMihuServer server, Contract contract, RequestChecker checker, OperationRegistry operations) {
        this.server = server;
        this.contract = contract;
        this.checker = checker;
        this.operations = operations;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            Call call = read(exchange);
            Route route = contract.route(call.method(), call.path()).orElse(null);
            Fault fault = server.faults()
                    .next(route == null ? null : route.operationId())
                    .orElse(null);
            if (fault != null && fault.kind() == Fault.Kind.DROP_CONNECTION) {
                server.record(call.recorded(null, fault, null, route));
                // Closing before any response header was sent makes the JDK server close the socket.
                exchange.close();
                return;
            }
            OperationResult outcome = fault != null && !fault.processesCall()
                    ? new OperationResult(fault.answer(), null)
                    : process(call, route);
            Answer answer = fault != null && fault.kind() == Fault.Kind.MALFORMED_BODY
                    ? outcome.answer().truncated()
                    : outcome.answer();
            server.record(call.recorded(answer.status(), fault, outcome.createdAgentUuid(), route));
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
    private OperationResult process(Call call, @Nullable Route route) {
        RequestChecker.Verdict verdict = checker.check(call.method(), call.path(), call.headers(), call.body());
        Answer rejection = verdict.rejection();
        if (rejection != null) {
            return new OperationResult(rejection, null);
        }
        if (route == null) {
            // The validator accepted a path the routes do not match: a mock defect, answered as such.
            throw new IllegalStateException(
                    "The contract accepts " + call.method() + " " + call.path() + " but no route matches it");
        }
        Optional<OperationHandler> handler = operations.handler(route.operationId());
        if (handler.isEmpty()) {
            StandardErrors.Entry entry = StandardErrors.forStatus(501);
            return new OperationResult(
                    Answer.error(
                            501,
                            entry.code(),
                            "MockMihuServer does not implement " + route.operationId() + " yet.",
                            null,
                            null),
                    null);
        }
        try {
            return handler.get()
                    .handle(new OperationCall(route, declaredProperties(verdict.body(), route.operationId())));
        } catch (ApiError e) {
            return new OperationResult(e.answer(), null);
        } catch (IllegalStateException e) {
            StandardErrors.Entry entry = StandardErrors.forStatus(500);
            String cause = e.getCause() == null ? "" : " " + e.getCause().getMessage();
            return new OperationResult(
                    Answer.error(500, entry.code(), entry.message(), e.getMessage() + "." + cause, null), null);
        }
    }

    /**
     * The body's properties that the operation's schema declares: the others are ignored, as the
     * contract allows undeclared properties (unless the server rejects them before this point).
     */
    private ObjectNode declaredProperties(@Nullable JsonNode body, String operationId) {
        ObjectNode declared = MockMihuJson.MAPPER.createObjectNode();
        if (body != null && body.isObject()) {
            Set<String> names = contract.requestProperties(operationId);
            body.properties().forEach(entry -> {
                if (names.contains(entry.getKey())) {
                    declared.set(entry.getKey(), entry.getValue());
                }
            });
        }
        return declared;
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

    /** What arrived, before anything was decided about it. */
    private record Call(
            String method,
            String path,
            @Nullable String query,
            Map<String, List<String>> headers,
            String body,
            Instant receivedAt) {

        RecordedRequest recorded(
                @Nullable Integer status,
                @Nullable Fault fault,
                @Nullable UUID createdAgentUuid,
                @Nullable Route route) {
            return new RecordedRequest(
                    method, path, query, headers, body, receivedAt, status, fault, createdAgentUuid, route);
        }
    }
}
