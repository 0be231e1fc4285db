package ai.mihu.sdk.testing;

import ai.mihu.sdk.MihuClient;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit 5 extension that runs a {@link MockMihuServer} around tests. Register it with
 * {@code @RegisterExtension}; where the field lives decides how long a server lives:
 *
 * <ul>
 *   <li>an <b>instance field</b> gives each test its own server, started before the test and
 *       closed after it: full isolation, also under parallel execution;
 *   <li>a <b>static field</b> shares one server among the tests of the class (and its
 *       {@code @Nested} classes), started before the first and closed after the last; it is
 *       {@linkplain MockMihuServer#reset() reset} before each test, so agents, recorded calls and
 *       faults do not leak from one test to the next. Do not use it with tests running in
 *       parallel.
 * </ul>
 *
 * <pre>{@code
 * @RegisterExtension
 * final MockMihuServerExtension mihu = MockMihuServerExtension.create();
 *
 * @Test
 * void createsAnAgent() {
 *   // point the client at mihu.baseUrl() with token mihu.apiToken()
 *   assertThat(mihu.server().createdAgents()).hasSize(1);
 * }
 * }</pre>
 *
 * <p>Starting a server takes milliseconds once the first server of the JVM has parsed the
 * contract, so a server per test is affordable.
 */
public final class MockMihuServerExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private final MockMihuServer.Builder settings;

    private @Nullable MockMihuServer server;
    private @Nullable MihuClient client;
    /** How many class-level scopes (the class and its nested classes) are using the shared server. */
    private int classScopes;

    private MockMihuServerExtension(MockMihuServer.Builder settings) {
        this.settings = settings;
    }

    /**
     * An extension whose servers have the default settings of {@link MockMihuServer#builder()}.
     *
     * @return the extension
     */
    public static MockMihuServerExtension create() {
        return new MockMihuServerExtension(MockMihuServer.builder());
    }

    /**
     * An extension whose servers have the given settings, such as a token or the create status.
     * The settings are copied: changing the builder afterwards does not affect the extension.
     *
     * @param settings the server settings
     * @return the extension
     * @throws NullPointerException if {@code settings} is null
     */
    public static MockMihuServerExtension using(MockMihuServer.Builder settings) {
        return new MockMihuServerExtension(
                Objects.requireNonNull(settings, "settings").copy());
    }

    /**
     * The running server of the current test.
     *
     * @return the server
     * @throws IllegalStateException outside a test's lifecycle, when no server is running
     */
    public synchronized MockMihuServer server() {
        if (server == null) {
            throw notRunning();
        }
        return server;
    }

    /**
     * A ready {@link MihuClient} pointed at the current server with its token, closed with the
     * server. It has the default retry policy (up to 2 retries of a 429 or 503) but does not wait
     * between retries, neither the backoff nor what a {@code Retry-After} asks, so a test that
     * injects {@code Fault.status(503).times(2)} takes milliseconds. Build your own with {@link
     * #baseUrl()} and {@link #apiToken()} to change its settings; {@code
     * MihuClient.Builder#retryBackoff(Duration.ZERO, Duration.ZERO)} and {@code
     * maxRetryAfter(Duration.ZERO)} make its retries instant too.
     *
     * @return the client
     * @throws IllegalStateException when no server is running
     */
    public synchronized MihuClient client() {
        if (client == null) {
            throw notRunning();
        }
        return client;
    }

    private static IllegalStateException notRunning() {
        return new IllegalStateException(
                "No MockMihuServer is running: use the extension inside a test, and register it with @RegisterExtension");
    }

    /**
     * The base URL of the current server, for building a client.
     *
     * @return the base URL, such as {@code http://127.0.0.1:50123}
     * @throws IllegalStateException when no server is running
     */
    public String baseUrl() {
        return server().baseUrl();
    }

    /**
     * The bearer token the servers accept, for building a client.
     *
     * @return the token
     */
    public String apiToken() {
        return settings.configuredApiToken();
    }

    /**
     * Starts the shared server of a static field (JUnit calls this only for static fields).
     *
     * @param context the class's context
     */
    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        if (classScopes++ == 0) {
            startServer();
        }
    }

    /**
     * Starts a server for this test when the extension is an instance field, or resets the shared
     * server of a static field.
     *
     * @param context the test's context
     */
    @Override
    public synchronized void beforeEach(ExtensionContext context) {
        if (classScopes > 0) {
            server().reset();
        } else {
            startServer();
        }
    }

    /**
     * Closes the server of this test when the extension is an instance field.
     *
     * @param context the test's context
     */
    @Override
    public synchronized void afterEach(ExtensionContext context) {
        if (classScopes == 0) {
            stopServer();
        }
    }

    /**
     * Closes the shared server after the last test of a static field's class.
     *
     * @param context the class's context
     */
    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (--classScopes == 0) {
            stopServer();
        }
    }

    // Whatever belongs to one server (a client bound to its base URL and token) is made in
    // startServer() and released in stopServer(), the only two places a server starts and stops.
    private void startServer() {
        server = settings.copy().start();
        // Retries at once: a test exercises the retry policy's decisions, not its waits.
        client = MihuClient.builder()
                .baseUrl(server.baseUrl())
                .apiToken(server.apiToken())
                .retryBackoff(Duration.ZERO, Duration.ZERO)
                .maxRetryAfter(Duration.ZERO)
                .build();
    }

    private void stopServer() {
        if (client != null) {
            client.close();
            client = null;
        }
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
