package dev.newspipe.store.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where each consumer's write to PostgreSQL stands, for the health checks: which writes are waiting for the database
 * (their last attempt failed transiently; they hold their batch, unacknowledged, and try again), and whether an
 * attempt has been running for so long that the consumer must be stuck. A write lasts from its first attempt to its
 * success or permanent failure; the records of a batch held meanwhile are not acknowledged, so the connector stops
 * fetching more once its queue is full (its own pause) and nothing is committed past them.
 */
@ApplicationScoped
public class WriteProgress {

    /** One write as the health checks see it; {@code attemptStarted} is null while waiting between attempts. */
    public record Snapshot(int articles, Instant attemptStarted, int failedAttempts, Instant waitingSince,
            String lastFailure) {

        public boolean waitingForDatabase() {
            return failedAttempts > 0;
        }

        /** How long the attempt under way has run at {@code now}; zero between attempts. */
        public Duration attemptRunning(Instant now) {
            return attemptStarted == null ? Duration.ZERO : Duration.between(attemptStarted, now);
        }
    }

    private final Map<Writing, Snapshot> writes = new ConcurrentHashMap<>();
    private final Clock clock;

    public WriteProgress() {
        this(Clock.systemUTC());
    }

    /** With another clock: tests move time on. */
    public WriteProgress(Clock clock) {
        this.clock = clock;
    }

    /** A write of {@code articles} begins; close the result when it ends, however it ends. */
    public Writing start(int articles) {
        Writing writing = new Writing();
        writes.put(writing, new Snapshot(articles, null, 0, null, null));
        return writing;
    }

    /** The writes under way now. */
    public List<Snapshot> writes() {
        return List.copyOf(writes.values());
    }

    public Instant now() {
        return clock.instant();
    }

    /** One write, from its first attempt until it is closed. */
    public final class Writing implements AutoCloseable {

        private Writing() {
        }

        public void attemptStarted() {
            writes.computeIfPresent(this, (k, s) -> new Snapshot(s.articles(), now(), s.failedAttempts(),
                    s.waitingSince(), s.lastFailure()));
        }

        /** The attempt failed in a way that passes (the database is down, restarting, out of connections). */
        public void failedTransiently(String reason) {
            writes.computeIfPresent(this, (k, s) -> new Snapshot(s.articles(), null, s.failedAttempts() + 1,
                    s.waitingSince() == null ? now() : s.waitingSince(), reason));
        }

        @Override
        public void close() {
            writes.remove(this);
        }
    }
}
