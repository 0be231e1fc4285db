package ai.mihu.sdk;

import ai.mihu.sdk.errors.MihuException;

/**
 * Hears how each call of a client ends and when it is retried, for metrics. The client holds
 * {@link #NONE} unless {@link MihuClient.Builder#meterRegistry} was called; this interface names
 * no metrics library, so a client without metrics never loads one (Micrometer is an optional
 * dependency, used only by {@link MicrometerCallObserver}).
 *
 * <p>Called on the thread that ends the call or schedules the retry (the caller's, OkHttp's or the
 * retry timer's): implementations are thread-safe and quick, and must not throw.
 */
interface CallObserver {

    /** Hears nothing; {@link CallContext} checks for it first, so metrics off costs a comparison. */
    CallObserver NONE = new CallObserver() {
        @Override
        public void callEnded(Operation<?, ?> operation, int status, CallOutcome outcome, long elapsedNanos) {}

        @Override
        public void retrying(Operation<?, ?> operation, MihuException failure) {}

        @Override
        public String toString() {
            return "none";
        }
    };

    /**
     * A call ended, once per call, however many attempts it made.
     *
     * @param operation the operation called
     * @param status the HTTP status of the last answer, or {@link CallOutcome#NO_STATUS}
     * @param outcome how it ended
     * @param elapsedNanos how long the whole call took, retries and waits included
     */
    void callEnded(Operation<?, ?> operation, int status, CallOutcome outcome, long elapsedNanos);

    /**
     * An attempt failed and the retry policy decided to repeat it.
     *
     * @param operation the operation called
     * @param failure the typed failure of the attempt that will be repeated
     */
    void retrying(Operation<?, ?> operation, MihuException failure);
}
