package ai.mihu.sdk;

import ai.mihu.sdk.errors.MihuException;
import ai.mihu.sdk.errors.MihuTimeoutException;
import ai.mihu.sdk.model.ApiResponse;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The state of one call, from its first attempt to its last: the view it is made through, its
 * deadline, how many attempts were made, and, for cancellation, the HTTP call and the retry wait
 * in progress.
 *
 * <p>Feign's seams take no per-call argument, so while {@link CallPath} invokes the generated
 * Feign interface it binds the context to the invoking thread ({@link #bind(Supplier)}); the
 * seams that run inside that invocation ({@link ViewTarget}, {@link OkHttpTransport}) read it with
 * {@link #current()}. The
 * binding lasts exactly as long as the invocation: a synchronous call runs wholly inside it, and
 * an asynchronous one hands its HTTP call to OkHttp inside it, so {@link OkHttpTransport} keeps
 * the context it read for the response. Nothing else reads the thread's binding.
 *
 * <p>The context also tells the client's {@link CallObserver} how the call ended, exactly once:
 * every failure leaving a call passes through {@link #diagnose}, every success through
 * {@link #succeeded}, and a cancellation through {@link #cancel()}; whichever comes first counts.
 */
final class CallContext implements DeadlineWatch.Watched {

    private static final ThreadLocal<CallContext> CURRENT = new ThreadLocal<>();
    private static final VarHandle ENDED;

    static {
        try {
            ENDED = MethodHandles.lookup().findVarHandle(CallContext.class, "ended", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final ViewSettings view;
    private final Operation<?, ?> operation;
    private final long startNanos;
    private final long deadlineNanos;
    private volatile int attempts;
    private volatile boolean cancelled;
    private volatile okhttp3.@Nullable Call httpCall;
    private volatile @Nullable Future<?> retryWait;
    // Set by the first end reported to the observer: an asynchronous call can be ended by its
    // answer, by close() and by the caller's cancel() at the same time, and must count once.
    @SuppressWarnings("unused") // through ENDED
    private volatile boolean ended;

    CallContext(ViewSettings view, Operation<?, ?> operation) {
        this.view = view;
        this.operation = operation;
        this.startNanos = System.nanoTime();
        this.deadlineNanos = startNanos + view.timeout().toNanos();
    }

    /** The context of the call the current thread is invoking Feign for. */
    static CallContext current() {
        CallContext context = CURRENT.get();
        if (context == null) {
            // Only reachable if the generated interface were called outside CallPath.
            throw new IllegalStateException("No Mihu call is in progress on this thread");
        }
        return context;
    }

    /** Runs {@code invocation} with this context bound to the current thread. */
    <R> R bind(Supplier<R> invocation) {
        CallContext previous = CURRENT.get();
        CURRENT.set(this);
        try {
            return invocation.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    ViewSettings view() {
        return view;
    }

    Operation<?, ?> operation() {
        return operation;
    }

    /** Nanoseconds left before the deadline; zero or less once it has passed. */
    @Override
    public long remainingNanos() {
        return deadlineNanos - System.nanoTime();
    }

    /** How long the call has taken so far. */
    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    int attempts() {
        return attempts;
    }

    /**
     * Records that an attempt starts with this HTTP call, which is cancelled at once if the call
     * already was. Attempts are sequential, so the count needs no atomic update.
     */
    // Error Prone's NonAtomicVolatileUpdate is right in general; here only the thread running the
    // call's current attempt writes the count, and attempts never overlap.
    @SuppressWarnings("NonAtomicVolatileUpdate")
    void startAttempt(okhttp3.Call call) {
        attempts++;
        httpCall = call;
        if (cancelled) {
            call.cancel();
        }
    }

    /**
     * Ends the attempt in progress because the call's deadline has passed ({@link DeadlineWatch}):
     * OkHttp fails it, and the transport, seeing no time left, reports the deadline.
     */
    @Override
    public void deadlinePassed() {
        okhttp3.Call call = httpCall;
        if (call != null) {
            call.cancel();
        }
    }

    /** Records the wait before the next attempt, so that cancelling the call can stop it. */
    void waitingForRetry(Future<?> wait) {
        retryWait = wait;
        if (cancelled) {
            wait.cancel(false);
        }
    }

    /** Cancels the HTTP call in progress and any retry wait; no attempt follows. */
    void cancel() {
        cancelled = true;
        ended(CallOutcome.CANCELLED, CallOutcome.NO_STATUS);
        okhttp3.Call call = httpCall;
        if (call != null) {
            call.cancel();
        }
        Future<?> wait = retryWait;
        if (wait != null) {
            wait.cancel(false);
        }
    }

    boolean isCancelled() {
        return cancelled;
    }

    /** Sets the attempts and total duration on an exception leaving the call, and returns it. */
    <X extends MihuException> X diagnose(X failure) {
        failure.recordCall(attempts, elapsed());
        if (view.observer() != CallObserver.NONE) {
            ended(CallOutcome.of(failure), CallOutcome.statusOf(failure));
        }
        return failure;
    }

    /** Reports a call that got a usable answer, and returns that answer. */
    <E> ApiResponse<E> succeeded(ApiResponse<E> response) {
        ended(CallOutcome.SUCCESS, response.getStatusCode());
        return response;
    }

    /** Tells the observer how the call ended, unless an earlier end was already told. */
    private void ended(CallOutcome outcome, int status) {
        CallObserver observer = view.observer();
        if (observer != CallObserver.NONE && ENDED.compareAndSet(this, false, true)) {
            observer.callEnded(operation, status, outcome, System.nanoTime() - startNanos);
        }
    }

    /** Tells the observer that the call's last attempt will be repeated after {@code failure}. */
    void retrying(MihuException failure) {
        CallObserver observer = view.observer();
        if (observer != CallObserver.NONE) {
            observer.retrying(operation, failure);
        }
    }

    /** The exception for a call that ran out of time. */
    MihuTimeoutException deadlineExceeded(
            String method, String url, @Nullable Throwable cause, boolean mayHaveBeenProcessed) {
        return new MihuTimeoutException(
                method + " " + url + " did not complete within its timeout of "
                        + describe(view.timeout()) + " (" + operation.name() + ", " + attempts + " attempt"
                        + (attempts == 1 ? "" : "s") + "); "
                        + (mayHaveBeenProcessed
                                ? "the request may have been sent and processed"
                                : "the request was not sent"),
                cause,
                mayHaveBeenProcessed);
    }

    private static String describe(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
