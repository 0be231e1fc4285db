package ai.mihu.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class DeadlineWatchTest {

    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1);
    private final DeadlineWatch watch = new DeadlineWatch(timer);

    @AfterEach
    void stopTimer() {
        timer.shutdownNow();
    }

    /** An attempt whose deadline is {@code after} from now, counting how often it was ended. */
    private static final class Attempt implements DeadlineWatch.Watched {
        private final long deadlineNanos;
        private final CountDownLatch ended = new CountDownLatch(1);
        private final AtomicInteger endings = new AtomicInteger();
        private volatile long endedAtNanos;

        Attempt(Duration after) {
            this.deadlineNanos = System.nanoTime() + after.toNanos();
        }

        @Override
        public long remainingNanos() {
            return deadlineNanos - System.nanoTime();
        }

        @Override
        public void deadlinePassed() {
            endedAtNanos = System.nanoTime();
            endings.incrementAndGet();
            ended.countDown();
        }

        Duration lateBy() {
            return Duration.ofNanos(endedAtNanos - deadlineNanos);
        }
    }

    @Test
    void endsAnAttemptSoonAfterItsDeadlineAndOnlyOnce() throws Exception {
        Attempt attempt = new Attempt(Duration.ofMillis(200));
        watch.attemptStarted(attempt);

        assertThat(attempt.ended.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(attempt.lateBy()).isBetween(Duration.ZERO, Duration.ofMillis(500));
        Thread.sleep(100);
        assertThat(attempt.endings).hasValue(1);
    }

    @Test
    void leavesAnAttemptThatEndedInTimeAlone() throws Exception {
        Attempt finished = new Attempt(Duration.ofMillis(100));
        Attempt running = new Attempt(Duration.ofMillis(150));
        watch.attemptStarted(finished);
        watch.attemptStarted(running);
        watch.attemptEnded(finished);

        assertThat(running.ended.await(5, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(100);
        assertThat(finished.endings).hasValue(0);
    }

    @Test
    void leavesAnAttemptWithTimeLeftAlone() throws Exception {
        Attempt attempt = new Attempt(Duration.ofMinutes(3));
        watch.attemptStarted(attempt);

        assertThat(attempt.ended.await(300, TimeUnit.MILLISECONDS)).isFalse();
        assertThat(watch.isChecking()).isTrue();
    }

    @Test
    void stopsCheckingASecondAfterTheLastAttemptAndStartsAgainWithTheNext() throws Exception {
        Attempt first = new Attempt(Duration.ofMinutes(3));
        watch.attemptStarted(first);
        watch.attemptEnded(first);
        assertThat(watch.isChecking()).isTrue();

        long started = System.nanoTime();
        while (watch.isChecking()) {
            Thread.sleep(20);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        // No check is left on the timer once stopped: the timer's queue is empty.
        Thread.sleep(50);
        assertThat(timer.getQueue()).isEmpty();

        Attempt next = new Attempt(Duration.ofMillis(100));
        watch.attemptStarted(next);
        assertThat(watch.isChecking()).isTrue();
        assertThat(next.ended.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void attemptsKeepBeingWatchedAcrossStopsAndRestartsOfTheChecks() throws Exception {
        for (int round = 0; round < 3; round++) {
            // Brief attempts one after another, then a pause long enough for the checks to stop.
            long until = System.nanoTime() + Duration.ofMillis(200).toNanos();
            while (System.nanoTime() < until) {
                Attempt brief = new Attempt(Duration.ofMinutes(3));
                watch.attemptStarted(brief);
                watch.attemptEnded(brief);
            }
            Thread.sleep(1_200);
            assertThat(watch.isChecking()).as("round %d", round).isFalse();

            Attempt next = new Attempt(Duration.ofMillis(50));
            watch.attemptStarted(next);

            assertThat(next.ended.await(5, TimeUnit.SECONDS))
                    .as("round %d", round)
                    .isTrue();
            assertThat(timer.getQueue()).as("round %d", round).hasSize(1);
        }
    }

    @Test
    void aClosedTimerDoesNotFailTheAttempt() {
        timer.shutdownNow();
        Attempt attempt = new Attempt(Duration.ofMillis(10));

        watch.attemptStarted(attempt);

        assertThat(watch.isChecking()).isFalse();
    }
}
