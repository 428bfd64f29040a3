package dev.newspipe.infra;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The back-off and the giving up of {@link RestartPolicy#ON_FAILURE}, on instants the test chooses. */
class RestartPolicyTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static Optional<Duration> seconds(long s) {
        return Optional.of(Duration.ofSeconds(s));
    }

    @Test
    void delaysDoubleFromOneSecondAndTheFifthFailureWithinAMinuteIsGivenUpOn() {
        RestartPolicy.Failures failures = RestartPolicy.ON_FAILURE.failures();
        Duration crashAtStart = Duration.ofSeconds(5);
        assertEquals(seconds(1), failures.record(T0, crashAtStart));
        assertEquals(seconds(2), failures.record(T0.plusSeconds(7), crashAtStart));
        assertEquals(seconds(4), failures.record(T0.plusSeconds(15), crashAtStart));
        assertEquals(seconds(8), failures.record(T0.plusSeconds(25), crashAtStart));
        assertEquals(Optional.empty(), failures.record(T0.plusSeconds(59), crashAtStart), "5 failures within 60 s");
        assertEquals(5, failures.withinWindow());
    }

    @Test
    void failuresSpreadOverMoreThanAMinuteAreRestartedWithTheDelayCappedAtThirtySeconds() {
        RestartPolicy.Failures failures = RestartPolicy.ON_FAILURE.failures();
        Duration ran = Duration.ofSeconds(20);
        long[] expected = {1, 2, 4, 8, 16, 30, 30, 30};
        for (int i = 0; i < expected.length; i++) {
            // One failure every 25 s: never 5 within a minute, however many in all.
            assertEquals(seconds(expected[i]), failures.record(T0.plusSeconds(25L * i), ran), "failure " + (i + 1));
        }
        assertEquals(3, failures.withinWindow());
    }

    @Test
    void aRunThatLastedAMinuteStartsTheBackOffAgain() {
        RestartPolicy.Failures failures = RestartPolicy.ON_FAILURE.failures();
        assertEquals(seconds(1), failures.record(T0, Duration.ofSeconds(3)));
        assertEquals(seconds(2), failures.record(T0.plusSeconds(10), Duration.ofSeconds(3)));
        assertEquals(seconds(4), failures.record(T0.plusSeconds(20), Duration.ofSeconds(3)));
        assertEquals(seconds(1), failures.record(T0.plusSeconds(300), Duration.ofMinutes(4)), "healthy for 4 min");
        assertEquals(seconds(2), failures.record(T0.plusSeconds(310), Duration.ofSeconds(3)));
    }

    @Test
    void aFailureExactlyAMinuteAfterTheFirstStillCounts() {
        RestartPolicy.Failures failures = RestartPolicy.ON_FAILURE.failures();
        for (int i = 0; i < 4; i++) {
            failures.record(T0.plusSeconds(i), Duration.ofSeconds(1));
        }
        assertEquals(Optional.empty(), failures.record(T0.plusSeconds(60), Duration.ofSeconds(1)));
    }

    @Test
    void nonsenseIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new RestartPolicy(Duration.ofSeconds(30), Duration.ofSeconds(1), 5, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class,
                () -> new RestartPolicy(Duration.ZERO, Duration.ofSeconds(1), 5, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class,
                () -> new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 0, Duration.ofMinutes(1)));
    }
}
