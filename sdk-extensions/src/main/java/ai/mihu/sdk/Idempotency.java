package ai.mihu.sdk;

/**
 * What repeating an operation does on the server, which decides whether {@link RetryPolicy} may
 * repeat it after an <em>ambiguous</em> failure: one after which the server may already have
 * acted on the request (a read timeout, a connection dropped after sending, a 500, 502 or 504).
 *
 * <p>Failures where the server cannot have acted (429, 503, a connection that could not be made)
 * are retried whatever the idempotency. Each {@link Operation} names its own.
 */
enum Idempotency {

    /**
     * Repeating creates a second resource: {@code POST} of a create or of an "add one item".
     * Ambiguous failures are not retried unless the client opted in with
     * {@code retryAmbiguousFailures(true)}.
     */
    NOT_IDEMPOTENT(false),

    /**
     * Repeating leaves the server as one request would: {@code PUT} (replace) and field
     * {@code PATCH}es. Ambiguous failures are retried.
     */
    IDEMPOTENT(true),

    /**
     * A {@code DELETE}: repeating cannot duplicate or lose anything, so ambiguous failures are
     * retried, but a repeat after a first attempt that did succeed may answer 404. The caller sees
     * that case as a {@code NotFoundException} whose {@code attempts()} is more than one.
     */
    DELETE(true);

    private final boolean ambiguousFailuresRetried;

    Idempotency(boolean ambiguousFailuresRetried) {
        this.ambiguousFailuresRetried = ambiguousFailuresRetried;
    }

    /** Whether failures after which the server may have acted are retried for such operations. */
    boolean ambiguousFailuresRetried() {
        return ambiguousFailuresRetried;
    }
}
