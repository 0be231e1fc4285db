package ai.mihu.sdk.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The smallest server a create can be timed against: the JDK's HTTP server on a loopback port,
 * answering every request with the same 201 and canned JSON body, so that what is measured is the
 * client and not the server. Both the SDK and the raw baseline talk to it.
 *
 * <p>It counts the connections clients opened: each has its own client-side port, so the number
 * of distinct remote addresses seen is the number of connections.
 */
public final class CannedAgentServer implements AutoCloseable {

    private static final int HANDLER_THREADS = 8;

    static {
        // The JDK server writes the response headers and body separately; with Nagle's algorithm on,
        // the body waits for the client's delayed ACK (about 40 ms on Linux) and every call measures
        // that wait instead of the client. Read once, when the JDK server's configuration loads.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final int status;
    private final byte[] body;
    private final Set<InetSocketAddress> remotes = ConcurrentHashMap.newKeySet();
    private final AtomicLong requests = new AtomicLong();

    private CannedAgentServer(int status, byte[] body) {
        this.status = status;
        this.body = body.clone();
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        } catch (IOException e) {
            throw new UncheckedIOException("could not bind a loopback port", e);
        }
        AtomicInteger count = new AtomicInteger();
        executor = Executors.newFixedThreadPool(HANDLER_THREADS, task -> {
            Thread thread = new Thread(task, "canned-agent-server-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::answer);
    }

    /**
     * Starts a server answering every request with {@code 201} and {@code body}.
     *
     * @param body the JSON body to send, such as {@link Payloads#minimalResponse()}
     * @return the running server
     */
    public static CannedAgentServer start(byte[] body) {
        return start(201, body);
    }

    /**
     * Starts a server answering every request with {@code status} and {@code body}.
     *
     * @param status the HTTP status, such as 200 for the peer's chat completion
     * @param body the JSON body to send
     * @return the running server
     */
    public static CannedAgentServer start(int status, byte[] body) {
        CannedAgentServer canned = new CannedAgentServer(status, body);
        canned.server.start();
        return canned;
    }

    /**
     * Where to point a client, such as {@code http://127.0.0.1:40123}.
     *
     * @return the base URL, without a trailing slash
     */
    public String baseUrl() {
        InetSocketAddress address = server.getAddress();
        return "http://" + address.getAddress().getHostAddress() + ":" + address.getPort();
    }

    /**
     * How many connections clients opened so far.
     *
     * @return the number of distinct client endpoints seen
     */
    public int connectionsOpened() {
        return remotes.size();
    }

    /**
     * How many requests were answered so far.
     *
     * @return the request count
     */
    public long requests() {
        return requests.get();
    }

    /**
     * Runs a server in its own process for {@link ServerProcess}: prints {@code listening <url>},
     * then answers each {@code stats} line on standard input with {@code connections <n> requests
     * <m>}, and stops when standard input closes.
     *
     * @param args the response to serve: {@code minimal}, {@code full} or {@code chat}
     * @throws IOException if standard input or output fails
     */
    public static void main(String[] args) throws IOException {
        try (CannedAgentServer server = start(Payloads.status(args[0]), Payloads.response(args[0]));
                java.io.BufferedReader commands = new java.io.BufferedReader(
                        new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8))) {
            System.out.println("listening " + server.baseUrl());
            System.out.flush();
            for (String line = commands.readLine(); line != null; line = commands.readLine()) {
                if (line.equals("stats")) {
                    System.out.println("connections " + server.connectionsOpened() + " requests " + server.requests());
                    System.out.flush();
                }
            }
        }
    }

    /** Stops listening and closes every connection at once. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void answer(HttpExchange exchange) throws IOException {
        remotes.add(exchange.getRemoteAddress());
        try (InputStream in = exchange.getRequestBody()) {
            // The body must be read to the end, or the connection cannot be kept alive.
            in.transferTo(OutputStream.nullOutputStream());
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
        requests.incrementAndGet();
    }
}
