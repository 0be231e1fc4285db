package ai.mihu.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-07T05:31:56Z"), ZoneOffset.UTC);

    @Test
    void readsDelayInSeconds() {
        assertThat(RetryAfter.parse("30", NOW)).contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse(" 0 ", NOW)).contains(Duration.ZERO);
    }

    @Test
    void readsHttpDateRelativeToNow() {
        assertThat(RetryAfter.parse("Sat, 07 Nov 2026 05:32:41 GMT", NOW)).contains(Duration.ofSeconds(45));
    }

    @Test
    void httpDateInThePastMeansRetryNow() {
        assertThat(RetryAfter.parse("Sat, 07 Nov 2026 05:00:00 GMT", NOW)).contains(Duration.ZERO);
    }

    @Test
    void hugeDelayDoesNotOverflow() {
        assertThat(RetryAfter.parse("99999999999999999999999", NOW))
                .hasValueSatisfying(d -> assertThat(d).isGreaterThan(Duration.ofDays(365)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"soon", "-5", "1.5", "2026-11-07T05:32:41Z"})
    void ignoresUnreadableValues(String value) {
        assertThat(RetryAfter.parse(value, NOW)).isEmpty();
    }
}
