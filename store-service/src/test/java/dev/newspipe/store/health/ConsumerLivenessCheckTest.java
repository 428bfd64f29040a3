package dev.newspipe.store.health;

import dev.newspipe.store.messaging.WriteProgress;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When the store consumer's liveness is DOWN: a write attempt that hangs, never a database that is away. */
class ConsumerLivenessCheckTest {

    private static final Duration STUCK_AFTER = Duration.ofMinutes(5);

    private final MovingClock clock = new MovingClock();
    private final WriteProgress progress = new WriteProgress(clock);
    private final ConsumerLivenessCheck check = new ConsumerLivenessCheck(progress, () -> STUCK_AFTER);

    @Test
    void upWithNothingToWrite() {
        HealthCheckResponse response = check.call();
        assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
        assertTrue(response.getData().isEmpty(), "nothing to report: " + response.getData());
    }

    @Test
    void upForAsLongAsTheDatabaseIsAwayAndSaysSince() {
        try (WriteProgress.Writing writing = progress.start(500)) {
            for (int attempt = 1; attempt <= 100; attempt++) { // 100 failed attempts, 10 s apart: over 16 minutes
                writing.attemptStarted();
                clock.advance(Duration.ofMillis(50));
                writing.failedTransiently("SQLState 08001: Connection refused");
                clock.advance(Duration.ofSeconds(10));
            }
            HealthCheckResponse response = check.call();
            assertEquals(HealthCheckResponse.Status.UP, response.getStatus(), "waiting is not being stuck");
            Map<String, Object> data = response.getData().orElseThrow();
            assertEquals(100L, data.get("failedAttempts"));
            assertEquals(500L, data.get("articlesHeld"));
            assertEquals("SQLState 08001: Connection refused", data.get("lastFailure"));
            assertTrue(data.containsKey("waitingForDatabaseSince"));
        }
        assertTrue(check.call().getData().isEmpty(), "nothing held once the write is done");
    }

    @Test
    void downWhenOneAttemptRunsLongerThanStuckAfterAndUpWhenItReturns() {
        try (WriteProgress.Writing writing = progress.start(500)) {
            writing.attemptStarted();
            clock.advance(STUCK_AFTER);
            assertEquals(HealthCheckResponse.Status.UP, check.call().getStatus(), "not longer than stuck-after yet");
            clock.advance(Duration.ofSeconds(1));
            HealthCheckResponse response = check.call();
            assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
            assertTrue(response.getData().orElseThrow().get("stuck").toString().contains("301 s"), response.getData().toString());
        }
        assertEquals(HealthCheckResponse.Status.UP, check.call().getStatus(), "the hung write returned");
    }

    @Test
    void aStuckWriteIsFoundAmongOthersWaiting() {
        try (WriteProgress.Writing waiting = progress.start(10); WriteProgress.Writing hung = progress.start(20)) {
            waiting.attemptStarted();
            waiting.failedTransiently("SQLState 57P01: terminating connection due to administrator command");
            hung.attemptStarted();
            clock.advance(STUCK_AFTER.plusSeconds(30));
            HealthCheckResponse response = check.call();
            assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
            assertEquals(10L, response.getData().orElseThrow().get("articlesHeld"), "only the waiting write holds for the database");
        }
    }

    /** A clock that stands still until the test moves it on. */
    private static final class MovingClock extends Clock {

        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
