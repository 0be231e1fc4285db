package ai.mihu.sdk;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * Ends the HTTP attempts whose call's deadline has passed, for every call of one root
 * {@link MihuClient}: while attempts are in flight, a check every {@value #TICK_MILLIS} ms on the
 * client's timer thread cancels those past their deadline, so a deadline holds to within about
 * that much, through connecting, sending, slow headers and a trickled or stalled body alike.
 *
 * <p>Why not OkHttp's per-call {@code Call.timeout()}, which does the same: Okio keeps every
 * timeout of the JVM in one sorted queue and wakes its watchdog thread whenever a timeout becomes
 * the earliest. A call's deadline (minutes) is the earliest whenever nothing else is pending,
 * which, for calls one after another, is at the start of every call: one more thread wake-up per
 * call, beside the two that the connection's own read and write timeouts already cause. With
 * client and server on separate cores, that wake-up cost about 10 µs, 6 % of a minimal create
 * over loopback (issue 15, {@code BENCHMARKS.md}). Here calls only join and leave a set; the
 * check runs on a timer, which stops after a second without attempts and starts again with the
 * next.
 */
final class DeadlineWatch {

    /** How often attempts in flight are checked: how late a deadline may be noticed. */
    static final long TICK_MILLIS = 10;

    /** Checks in a row that found nothing in flight before the timer stops. */
    private static final int IDLE_TICKS_BEFORE_STOPPING = 100;

    /** An attempt in flight, as the watch sees it; {@link CallContext} is one. */
    interface Watched {
        /** Nanoseconds left before the deadline; zero or less once it has passed. */
        long remainingNanos();

        /** Ends the attempt in progress, whose deadline has passed. */
        void deadlinePassed();
    }

    private final ScheduledExecutorService timer;
    private final Set<Watched> inFlight = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean running = new AtomicBoolean();

    DeadlineWatch(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** Watches the deadline of {@code call}'s attempt in progress until {@link #attemptEnded}. */
    void attemptStarted(Watched call) {
        inFlight.add(call);
        if (!running.get() && running.compareAndSet(false, true)) {
            try {
                new Checks().start();
            } catch (RejectedExecutionException closed) {
                // The client is closing: close() cancels every call in flight itself.
                running.set(false);
            }
        }
    }

    /** Stops watching {@code call}; its attempt has ended, however it ended. */
    void attemptEnded(Watched call) {
        inFlight.remove(call);
    }

    /** Whether the timer checks deadlines now; for tests. */
    boolean isChecking() {
        return running.get();
    }

    /** One run of checks, from the attempt that found none running to a second without attempts. */
    private final class Checks implements Runnable {
        private volatile @Nullable Future<?> self;
        private volatile boolean stopped;
        // Only the timer thread reads and writes it.
        private int idleTicks;

        void start() {
            Future<?> scheduled = timer.scheduleWithFixedDelay(this, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
            self = scheduled;
            if (stopped) {
                scheduled.cancel(false);
            }
        }

        @Override
        public void run() {
            if (stopped) {
                return;
            }
            if (inFlight.isEmpty()) {
                if (++idleTicks >= IDLE_TICKS_BEFORE_STOPPING) {
                    stopUnlessNeeded();
                }
                return;
            }
            idleTicks = 0;
            for (Watched call : inFlight) {
                if (call.remainingNanos() <= 0) {
                    inFlight.remove(call);
                    call.deadlinePassed();
                }
            }
        }

        /**
         * Stops, unless an attempt started meanwhile: {@link #attemptStarted} adds its call before
         * it looks at {@code running}, and this looks at the set after clearing {@code running}, so
         * one of the two always sees the other and no attempt is left unwatched.
         */
        private void stopUnlessNeeded() {
            idleTicks = 0;
            running.set(false);
            if (!inFlight.isEmpty() && running.compareAndSet(false, true)) {
                return;
            }
            stopped = true;
            Future<?> scheduled = self;
            if (scheduled != null) {
                scheduled.cancel(false);
            }
        }
    }
}
