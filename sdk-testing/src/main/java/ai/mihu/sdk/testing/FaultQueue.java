package ai.mihu.sdk.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/** The faults waiting for the next calls, in the order they were enqueued. Thread-safe. */
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

  /** The fault for the call that just arrived, counting it against the fault's {@code times}. */
  synchronized Optional<Fault> next() {
    Pending head = pending.peekFirst();
    if (head == null) {
      return Optional.empty();
    }
    head.remaining--;
    if (head.remaining == 0) {
      pending.removeFirst();
    }
    return Optional.of(head.fault);
  }

  /** How many calls the waiting faults still apply to. */
  synchronized int remainingCalls() {
    return pending.stream().mapToInt(p -> p.remaining).sum();
  }

  synchronized void clear() {
    pending.clear();
  }
}
