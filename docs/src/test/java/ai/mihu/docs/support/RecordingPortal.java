package ai.mihu.docs.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in docs portal on a random loopback port: records every request and answers each
 * with a configurable status and body.
 */
public final class RecordingPortal implements AutoCloseable {

    /**
     * A request the portal received.
     *
     * @param method the HTTP method
     * @param path the raw request path
     * @param authorization the Authorization header, or null
     * @param contentType the Content-Type header, or null
     * @param body the request body
     */
    public record Received(String method, String path, String authorization, String contentType, byte[] body) {}

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(201);
    private volatile String responseBody = "";

    /**
     * Starts the portal.
     *
     * @throws IOException if no loopback port can be bound
     */
    public RecordingPortal() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            received.add(new Received(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    body));
            byte[] answer = responseBody.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                exchange.getResponseBody().write(answer);
            }
            exchange.close();
        });
        server.start();
    }

    /**
     * Makes the portal answer every later request with this status and body.
     *
     * @param statusCode the status to answer with
     * @param body the body to answer with
     */
    public void answerWith(int statusCode, String body) {
        status.set(statusCode);
        responseBody = body;
    }

    /** Returns the portal's base URL, such as {@code http://127.0.0.1:41234/uploads}. */
    public String url(String basePath) {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":"
                + server.getAddress().getPort() + basePath;
    }

    /** Returns the requests received so far, in order. */
    public List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
