package ai.mihu.sdk;

/**
 * The non-blocking side of a {@link MihuClient}, obtained from {@link MihuClient#async()}: the
 * same services, returning {@link java.util.concurrent.CompletableFuture}s. It shares the
 * client's connection pool, threads, base URL, token and options; it has nothing to close.
 */
public final class MihuAsyncClient {

    private final CallPath calls;
    private final AsyncAgentService agents;

    MihuAsyncClient(CallPath calls) {
        this.calls = calls;
        this.agents = new FeignAsyncAgentService(calls);
    }

    /**
     * The agents endpoints, without blocking.
     *
     * @return the asynchronous agent service
     */
    public AsyncAgentService agents() {
        return agents;
    }

    /**
     * The phone-numbers endpoints, without blocking.
     *
     * @return the asynchronous phone-number service; cheap to obtain, so there is no need to keep it
     */
    public AsyncPhoneNumberService phoneNumbers() {
        return new FeignAsyncPhoneNumberService(calls);
    }

    @Override
    public String toString() {
        return "MihuAsyncClient";
    }
}
