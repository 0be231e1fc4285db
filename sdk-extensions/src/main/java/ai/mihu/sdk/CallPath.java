package ai.mihu.sdk;

import ai.mihu.sdk.errors.MihuException;
import ai.mihu.sdk.model.ApiResponse;
import ai.mihu.sdk.validation.RequestValidator;
import feign.FeignException;
import feign.codec.DecodeException;
import feign.codec.EncodeException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one path every call of every operation takes, synchronous or asynchronous:
 * validation, then the generated Feign interface through the SDK's seams (URL, token, headers,
 * transport with deadline and size limit, decoding into typed exceptions), then retries decided by
 * {@link RetryPolicy}, and diagnostics ({@code attempts()}, {@code elapsed()}) set on whatever
 * leaves the call. One instance per client view.
 *
 * <p><b>Adding an operation</b> takes, besides the generated methods the spec produces:
 * <ol>
 *   <li>a constant in {@link Operations}: name, {@link Idempotency} (which decides what is retried)
 *       and the accessors of its envelope's {@code data} and {@code message};</li>
 *   <li>in the synchronous service, one line per method, such as
 *       <pre>{@code return calls.data(Operations.UPDATE_AGENT, body,
 *        api -> api.agents().updateAgentWithHttpInfo(agentUuid, body));}</pre>
 *       ({@link #withResponse} for the {@code ...WithResponse} twin);</li>
 *   <li>in the asynchronous service, the same line with {@link #dataAsync} /
 *       {@link #withResponseAsync} and the generated asynchronous interface.</li>
 * </ol>
 * An operation with path identifiers passes them as {@link PathIds} and receives them parsed:
 *       <pre>{@code return calls.data(Operations.DELETE_AGENT_PROCEDURE,
 *        PathIds.agentItem(agentUuid, "procedureUuid", procedureUuid), CallPath.NO_BODY,
 *        (api, id) -> api.agents().deleteAgentProcedureWithHttpInfo(id.agent(), id.item()));}</pre>
 * The ids are checked first, then the body is validated (an operation without one passes
 * {@link #NO_BODY}); either failing ends the call before anything is sent. Per-call options,
 * deadline, size limit, retries, redaction, logging and diagnostics then apply with no further code.
 *
 * <p><b>Retries.</b> Feign's own {@code Retryer} blocks the thread while it waits, which an
 * asynchronous call must not do, so both kinds of call retry here, asking {@link RetryPolicy} the
 * same question with the same inputs: a synchronous call waits on its own thread, an asynchronous
 * one schedules its next attempt on the root client's timer thread.
 */
final class CallPath {

    /** The body argument of an operation that sends none, such as a list: nothing to validate. */
    static final Object NO_BODY = new Object();

    private static final Logger LOG = LoggerFactory.getLogger("ai.mihu.sdk.retry");

    private final ClientResources resources;
    private final ViewSettings view;

    CallPath(ClientResources resources, ViewSettings view) {
        this.resources = resources;
        this.view = view;
    }

    ViewSettings view() {
        return view;
    }

    /** Sends a call and returns its envelope's {@code data}. */
    <E, T> T data(Operation<E, T> operation, Object body, Function<FeignApis, ApiResponse<E>> invocation) {
        CallContext context = new CallContext(view, operation);
        return operation.data().apply(execute(context, body, invocation).getData());
    }

    /** Sends a call and returns its response with status, headers, message, data and diagnostics. */
    <E, T> MihuResponse<T> withResponse(
            Operation<E, T> operation, Object body, Function<FeignApis, ApiResponse<E>> invocation) {
        CallContext context = new CallContext(view, operation);
        return response(operation, execute(context, body, invocation), context);
    }

    /**
     * Sends a call of an operation with path identifiers and returns its envelope's {@code data}:
     * the ids are checked first ({@link PathIds#parse()}), and nothing is sent if one is invalid.
     */
    <E, T> T data(
            Operation<E, T> operation,
            PathIds ids,
            Object body,
            BiFunction<FeignApis, PathIds.Parsed, ApiResponse<E>> invocation) {
        CallContext context = new CallContext(view, operation);
        PathIds.@Nullable Parsed parsed = parse(context, ids);
        return operation
                .data()
                .apply(execute(context, body, api -> invocation.apply(api, parsed))
                        .getData());
    }

    /** {@link #withResponse} for an operation with path identifiers, checked as {@link #data(Operation, PathIds, Object, BiFunction)} does. */
    <E, T> MihuResponse<T> withResponse(
            Operation<E, T> operation,
            PathIds ids,
            Object body,
            BiFunction<FeignApis, PathIds.Parsed, ApiResponse<E>> invocation) {
        CallContext context = new CallContext(view, operation);
        PathIds.@Nullable Parsed parsed = parse(context, ids);
        return response(operation, execute(context, body, api -> invocation.apply(api, parsed)), context);
    }

    /** {@link #data(Operation, PathIds, Object, BiFunction)} without blocking; an invalid id fails the future. */
    <E, T> CompletableFuture<T> dataAsync(
            Operation<E, T> operation,
            PathIds ids,
            Object body,
            BiFunction<FeignAsyncApis, PathIds.Parsed, CompletableFuture<ApiResponse<E>>> invocation) {
        return executeAsync(
                operation,
                ids,
                body,
                invocation,
                (response, context) -> operation.data().apply(response.getData()));
    }

    /** {@link #withResponse(Operation, PathIds, Object, BiFunction)} without blocking. */
    <E, T> CompletableFuture<MihuResponse<T>> withResponseAsync(
            Operation<E, T> operation,
            PathIds ids,
            Object body,
            BiFunction<FeignAsyncApis, PathIds.Parsed, CompletableFuture<ApiResponse<E>>> invocation) {
        return executeAsync(
                operation, ids, body, invocation, (response, context) -> response(operation, response, context));
    }

    /** {@link #data} without blocking: the future completes with the data or a typed exception. */
    <E, T> CompletableFuture<T> dataAsync(
            Operation<E, T> operation,
            Object body,
            Function<FeignAsyncApis, CompletableFuture<ApiResponse<E>>> invocation) {
        return executeAsync(
                operation,
                PathIds.NONE,
                body,
                (api, ids) -> invocation.apply(api),
                (response, context) -> operation.data().apply(response.getData()));
    }

    /** {@link #withResponse} without blocking. */
    <E, T> CompletableFuture<MihuResponse<T>> withResponseAsync(
            Operation<E, T> operation,
            Object body,
            Function<FeignAsyncApis, CompletableFuture<ApiResponse<E>>> invocation) {
        return executeAsync(
                operation,
                PathIds.NONE,
                body,
                (api, ids) -> invocation.apply(api),
                (response, context) -> response(operation, response, context));
    }

    private <E> ApiResponse<E> execute(
            CallContext context, Object body, Function<FeignApis, ApiResponse<E>> invocation) {
        resources.ensureOpen();
        validate(context, body);
        FeignApis apis = resources.apis();
        for (int retries = 0; ; retries++) {
            MihuException failure;
            try {
                return context.succeeded(context.bind(() -> invocation.apply(apis)));
            } catch (RuntimeException e) {
                failure = typed(e);
            }
            Optional<Duration> wait = nextWait(context, failure, retries);
            if (wait.isEmpty()) {
                throw context.diagnose(failure);
            }
            try {
                TimeUnit.NANOSECONDS.sleep(wait.get().toNanos());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw context.diagnose(failure);
            }
        }
    }

    private <E, R> CompletableFuture<R> executeAsync(
            Operation<E, ?> operation,
            PathIds ids,
            Object body,
            BiFunction<FeignAsyncApis, PathIds.Parsed, CompletableFuture<ApiResponse<E>>> invocation,
            BiFunction<ApiResponse<E>, CallContext, R> finish) {
        CallContext context = new CallContext(view, operation);
        PathIds.@Nullable Parsed parsed;
        try {
            parsed = parse(context, ids);
            validate(context, body);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        AsyncCall<E, R> call = new AsyncCall<>(context, api -> invocation.apply(api, parsed), finish);
        resources.track(call);
        call.attempt(0);
        return call;
    }

    /** The wait before the next attempt, or empty to give up; logs a retry. */
    private Optional<Duration> nextWait(CallContext context, MihuException failure, int retriesDone) {
        if (context.isCancelled() || resources.isClosed()) {
            return Optional.empty();
        }
        Optional<Duration> wait = resources
                .settings()
                .retryPolicy()
                .retryDelay(
                        failure,
                        context.operation().idempotency(),
                        retriesDone,
                        view.maxRetries(),
                        context.remainingNanos(),
                        resources.clock());
        if (wait.isPresent()) {
            context.retrying(failure);
        }
        if (wait.isPresent() && LOG.isDebugEnabled()) {
            LOG.debug(
                    "Retrying {} ({} of {}) in {} ms after: {}",
                    context.operation().name(),
                    retriesDone + 1,
                    view.maxRetries(),
                    wait.get().toMillis(),
                    failure.getMessage());
        }
        return wait;
    }

    /** Checks that the client is open and the path ids are valid, before anything else. */
    // NONE is a sentinel: identity is what is meant, and cheaper on every call than the record's equals.
    @SuppressWarnings("ReferenceEquality")
    private PathIds.@Nullable Parsed parse(CallContext context, PathIds ids) {
        resources.ensureOpen();
        if (ids == PathIds.NONE) {
            return null;
        }
        try {
            return ids.parse();
        } catch (MihuException invalid) {
            throw context.diagnose(invalid);
        }
    }

    /** Validates the body (a null one is invalid); {@link #NO_BODY} skips validation. */
    private static void validate(CallContext context, Object body) {
        if (body == NO_BODY) {
            return;
        }
        try {
            RequestValidator.requireValid(body);
        } catch (MihuException invalid) {
            throw context.diagnose(invalid);
        }
    }

    private static <E, T> MihuResponse<T> response(
            Operation<E, T> operation, ApiResponse<E> response, CallContext context) {
        E envelope = response.getData();
        return new MihuResponse<>(
                response.getStatusCode(),
                response.getHeaders(),
                operation.message().apply(envelope),
                operation.data().apply(envelope),
                context.attempts(),
                context.elapsed());
    }

    /** The SDK exception for whatever an attempt threw; Feign's own exceptions never escape. */
    static MihuException typed(Throwable thrown) {
        Throwable failure = thrown;
        while ((failure instanceof CompletionException || failure instanceof ExecutionException)
                && failure.getCause() != null) {
            failure = failure.getCause();
        }
        if (failure instanceof MihuException typed) {
            return typed;
        }
        if (failure instanceof DecodeException && failure.getCause() instanceof MihuException typed) {
            return typed;
        }
        if (failure instanceof EncodeException) {
            // A validated generated model always serialises; this guards subclasses that do not.
            return new MihuException(
                    "The request could not be written as JSON ("
                            + (failure.getCause() == null
                                    ? "encoding failed"
                                    : failure.getCause().getClass().getSimpleName())
                            + "); nothing was sent",
                    failure.getCause());
        }
        if (failure instanceof FeignException) {
            // Not produced with the SDK's seams; its message could quote a body, so it is not repeated.
            return new MihuException(
                    "The HTTP client failed (" + failure.getClass().getSimpleName() + ")", failure);
        }
        return new MihuException(
                "The call failed unexpectedly (" + failure.getClass().getSimpleName() + ")", failure);
    }

    /**
     * One asynchronous call: the future the caller gets, which also runs the attempts. Cancelling
     * it cancels the HTTP call in progress or the retry wait.
     */
    final class AsyncCall<E, R> extends CompletableFuture<R> {

        private final CallContext context;
        private final Function<FeignAsyncApis, CompletableFuture<ApiResponse<E>>> invocation;
        private final BiFunction<ApiResponse<E>, CallContext, R> finish;

        AsyncCall(
                CallContext context,
                Function<FeignAsyncApis, CompletableFuture<ApiResponse<E>>> invocation,
                BiFunction<ApiResponse<E>, CallContext, R> finish) {
            this.context = context;
            this.invocation = invocation;
            this.finish = finish;
        }

        void attempt(int retriesDone) {
            if (isDone()) {
                return;
            }
            CompletableFuture<ApiResponse<E>> attempt;
            try {
                attempt = context.bind(() -> invocation.apply(resources.asyncApis()));
            } catch (RuntimeException e) {
                failed(e, retriesDone);
                return;
            }
            // The callback handles every outcome; the stage it returns completes the same way.
            var unused = attempt.whenComplete((response, error) -> {
                if (error != null) {
                    failed(error, retriesDone);
                    return;
                }
                try {
                    complete(finish.apply(context.succeeded(response), context));
                } catch (RuntimeException e) {
                    completeExceptionally(context.diagnose(typed(e)));
                }
            });
        }

        private void failed(Throwable error, int retriesDone) {
            if (isDone()) {
                return;
            }
            MihuException failure = typed(error);
            Optional<Duration> wait = nextWait(context, failure, retriesDone);
            if (wait.isEmpty()) {
                completeExceptionally(context.diagnose(failure));
                return;
            }
            try {
                context.waitingForRetry(resources
                        .scheduler()
                        .schedule(() -> attempt(retriesDone + 1), wait.get().toNanos(), TimeUnit.NANOSECONDS));
            } catch (RejectedExecutionException closing) {
                completeExceptionally(context.diagnose(failure));
            }
        }

        /** Ends the call with {@code failure}, cancelling what is in progress. */
        void abort(MihuException failure) {
            if (completeExceptionally(context.diagnose(failure))) {
                context.cancel();
            }
        }

        /** Cancels the call: its HTTP request in progress or its retry wait stops at once. */
        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean cancelled = super.cancel(mayInterruptIfRunning);
            if (cancelled) {
                context.cancel();
            }
            return cancelled;
        }
    }
}
