package ai.mihu.sdk;

import ai.mihu.sdk.errors.MihuException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Records the client's calls in a Micrometer registry: a timer {@value #REQUESTS} per call and a
 * counter {@value #RETRIES} per retry. The only class of the SDK that uses Micrometer; it is
 * loaded only when {@link MihuClient.Builder#meterRegistry} is called.
 *
 * <p>Tags: {@code operation} (the spec's operationId, such as {@code createAgent}), {@code status}
 * (the HTTP status, or {@code none} when no answer was read) and {@code outcome} on the timer
 * ({@code reason} on the counter), a {@link CallOutcome#tag()}. All are bounded sets of values, so
 * the number of series stays small. Meters are found through the classic builders, which work
 * with every Micrometer 1.x an application may bring.
 */
final class MicrometerCallObserver implements CallObserver {

    /** The timer of calls, one sample per call, retries and waits included. */
    static final String REQUESTS = "mihu.client.requests";
    /** The counter of retries: attempts the retry policy repeated. */
    static final String RETRIES = "mihu.client.retries";

    private static final String NO_STATUS_TAG = "none";

    private final MeterRegistry registry;
    private final Map<String, String> operationIds = new ConcurrentHashMap<>();

    private MicrometerCallObserver(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * An observer recording into {@code registry}. Typed as {@link CallObserver} so that the
     * builder's code names no class of this one's that refers to Micrometer beyond its argument.
     */
    static CallObserver create(MeterRegistry registry) {
        return new MicrometerCallObserver(registry);
    }

    @Override
    public void callEnded(Operation<?, ?> operation, int status, CallOutcome outcome, long elapsedNanos) {
        Timer.builder(REQUESTS)
                .description("Calls of the Mihu API, from the first attempt to the last answer, retries included")
                .tag("operation", operationId(operation))
                .tag("status", statusTag(status))
                .tag("outcome", outcome.tag())
                .register(registry)
                .record(elapsedNanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void retrying(Operation<?, ?> operation, MihuException failure) {
        Counter.builder(RETRIES)
                .description("Attempts of Mihu API calls that failed and were repeated")
                .tag("operation", operationId(operation))
                .tag("status", statusTag(CallOutcome.statusOf(failure)))
                .tag("reason", CallOutcome.of(failure).tag())
                .register(registry)
                .increment();
    }

    /** {@code create agent} becomes {@code createAgent}, the operationId of the spec. */
    private String operationId(Operation<?, ?> operation) {
        return operationIds.computeIfAbsent(operation.name(), MicrometerCallObserver::camelCase);
    }

    static String camelCase(String name) {
        StringBuilder id = new StringBuilder(name.length());
        boolean upper = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == ' ') {
                upper = true;
            } else {
                id.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return id.toString();
    }

    private static String statusTag(int status) {
        return status == CallOutcome.NO_STATUS ? NO_STATUS_TAG : Integer.toString(status);
    }

    @Override
    public String toString() {
        return "micrometer";
    }
}
