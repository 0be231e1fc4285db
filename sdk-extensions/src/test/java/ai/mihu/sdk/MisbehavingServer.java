package ai.mihu.sdk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP/1.1 server that answers every request with a script of raw bytes and pauses,
 * to behave as a broken or hostile server would: headers that never end, a body trickled byte by
 * byte, a stall mid-body, a body far larger than it should be. Scripts stop writing as soon as the
 * client goes away, and each runs on its own daemon thread. The connection is closed after each
 * answer, so a script whose answer is complete says {@code Connection: close}.
 */
final class MisbehavingServer implements AutoCloseable {

    /** What to send once the request has been read. */
    @FunctionalInterface
    interface Script {
        void answer(OutputStream out) throws IOException, InterruptedException;
    }

    /** What to send, knowing the request line and headers that were received. */
    @FunctionalInterface
    interface Responder {
        void answer(String head, OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket socket;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "misbehaving-server");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger requests = new AtomicInteger();

    MisbehavingServer(Script script) throws IOException {
        this((head, out) -> script.answer(out));
    }

    MisbehavingServer(Responder script) throws IOException {
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket connection = socket.accept();
                    threads.execute(() -> serve(connection, script));
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    int port() {
        return socket.getLocalPort();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    int requests() {
        return requests.get();
    }

    private void serve(Socket connection, Responder script) {
        try (connection) {
            String head = readRequest(connection.getInputStream());
            requests.incrementAndGet();
            script.answer(head, connection.getOutputStream());
            connection.getOutputStream().flush();
        } catch (IOException | InterruptedException gone) {
            // The client hung up, as it should when it gives up: nothing more to send.
        }
    }

    /** Reads the request line, headers and a body of declared length; returns the line and headers. */
    private static String readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        while (matched < end.length) {
            int b = in.read();
            if (b == -1) {
                throw new IOException("request ended early");
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
        }
        int length = 0;
        for (String line : head.toString(StandardCharsets.US_ASCII).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(
                        line.substring("content-length:".length()).trim());
            }
        }
        in.readNBytes(length);
        return head.toString(StandardCharsets.US_ASCII);
    }

    static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
