package ai.mihu.sdk;

import ai.mihu.sdk.errors.MihuConnectionException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * What a root {@link MihuClient} owns and every view made from it shares: the OkHttp client (one
 * connection pool, one dispatcher and its threads), the Feign proxies, the one timer thread
 * that times asynchronous retry waits and checks deadlines ({@link DeadlineWatch}), and the
 * open/closed state. Closing it closes all of them
 * and fails the asynchronous calls still in flight.
 */
final class ClientResources {

    private final ClientSettings settings;
    private final OkHttpClient http;
    private final FeignApis apis;
    private final FeignAsyncApis asyncApis;
    private final ScheduledExecutorService scheduler;
    private final Clock clock = Clock.systemUTC();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Set<CallPath.AsyncCall<?, ?>> asyncCalls = ConcurrentHashMap.newKeySet();

    ClientResources(ClientSettings settings) {
        this.settings = settings;
        this.http = OkHttpClients.create(settings);
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, DaemonThreads.named("mihu-timer-"));
        // A cancelled retry wait is dropped at once instead of lingering in the queue until due.
        timer.setRemoveOnCancelPolicy(true);
        this.scheduler = timer;
        OkHttpTransport transport = new OkHttpTransport(http, settings.maxResponseBytes(), new DeadlineWatch(timer));
        SecretRedactor redactor = new SecretRedactor(
                settings.proxy() == null
                        ? List.of(settings.apiToken())
                        : List.of(
                                settings.apiToken(),
                                nullToEmpty(settings.proxy().password())));
        this.apis = AgentsApiFactory.create(settings, transport, redactor);
        this.asyncApis = AgentsApiFactory.createAsync(settings, transport, redactor);
    }

    ClientSettings settings() {
        return settings;
    }

    OkHttpClient http() {
        return http;
    }

    FeignApis apis() {
        return apis;
    }

    FeignAsyncApis asyncApis() {
        return asyncApis;
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    Clock clock() {
        return clock;
    }

    boolean isClosed() {
        return closed.get();
    }

    void ensureOpen() {
        if (closed.get()) {
            throw new IllegalStateException("This MihuClient is closed; build a new one to send requests");
        }
    }

    /** Registers an asynchronous call until it completes, so that {@link #close()} can end it. */
    void track(CallPath.AsyncCall<?, ?> call) {
        asyncCalls.add(call);
        // Only the removal matters; the returned stage completes as the call does.
        var unused = call.whenComplete((result, failure) -> asyncCalls.remove(call));
        if (closed.get()) {
            call.abort(closedWhileInFlight());
        }
    }

    /** Fails asynchronous calls in flight, stops the retry timer, and releases the OkHttp client. */
    void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        for (CallPath.AsyncCall<?, ?> call : asyncCalls) {
            call.abort(closedWhileInFlight());
        }
        scheduler.shutdownNow();
        OkHttpClients.release(http);
    }

    private static MihuConnectionException closedWhileInFlight() {
        return new MihuConnectionException(
                "The MihuClient was closed while the call was in flight; "
                        + "the request may have been sent and processed",
                null,
                true);
    }

    private static String nullToEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
