package ai.mihu.docs.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Serves a built site from its folder on a random loopback port, as a portal would, and records
 * which paths were asked for. Paths that leave the folder are refused.
 */
public final class LoopbackSiteServer implements AutoCloseable {

    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "json", "application/json",
            "yaml", "application/yaml",
            "png", "image/png",
            "svg", "image/svg+xml",
            "zip", "application/zip");

    private final Path root;
    private final HttpServer server;
    private final List<String> requested = new CopyOnWriteArrayList<>();

    /**
     * Starts serving.
     *
     * @param root the site folder
     * @throws IOException if no loopback port can be bound
     */
    public LoopbackSiteServer(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::serve);
        server.start();
    }

    /** Returns the absolute URL of a site path, such as {@code reference/index.html}. */
    public String url(String sitePath) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + sitePath;
    }

    /** Returns the paths asked for so far, in order. */
    public List<String> requestedPaths() {
        return List.copyOf(requested);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String rawPath = URI.create(exchange.getRequestURI().getRawPath()).getRawPath();
            String path = URLDecoder.decode(rawPath, StandardCharsets.UTF_8);
            requested.add(path);
            Path file = root.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", contentType(file));
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String contentType(Path file) {
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return CONTENT_TYPES.getOrDefault(extension, "application/octet-stream");
    }
}
