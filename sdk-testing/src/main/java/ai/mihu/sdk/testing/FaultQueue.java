package ai.mihu.sdk.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The faults waiting for the next calls, in the order they were enqueued; a fault aimed at an
 * operation waits for a call to it. Thread-safe.
 */
final class FaultQueue {

    /** A fault and how many more calls it applies to. */
    private static final class Pending {
        final Fault fault;
        int remaining;

        Pending(Fault fault) {
            this.fault = fault;
            this.remaining = fault.count();
        }
    }

    private final Deque<Pending> pending = new ArrayDeque<>();

    synchronized void add(Fault fault) {
        pending.addLast(new Pending(Objects.requireNonNull(fault, "fault")));
    }

    /**
     * The fault for the call that just arrived: the first waiting fault that applies to its
     * operation, counting the call against the fault's {@code times}.
     *
     * @param operationId the call's operation, or null for a path the contract lacks
     */
    synchronized Optional<Fault> next(@Nullable String operationId) {
        Iterator<Pending> waiting = pending.iterator();
        while (waiting.hasNext()) {
            Pending candidate = waiting.next();
            if (candidate.fault.appliesTo(operationId)) {
                candidate.remaining--;
                if (candidate.remaining == 0) {
                    waiting.remove();
                }
                return Optional.of(candidate.fault);
            }
        }
        return Optional.empty();
    }

    /** How many calls the waiting faults still apply to. */
    synchronized int remainingCalls() {
        return pending.stream().mapToInt(p -> p.remaining).sum();
    }

    synchronized void clear() {
        pending.clear();
    }
}
