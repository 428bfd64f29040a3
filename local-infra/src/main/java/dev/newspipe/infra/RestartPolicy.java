package dev.newspipe.infra;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * When a service whose process exited is started again, as compose's {@code restart: on-failure} or a Kubernetes
 * Deployment's back-off would (with their own numbers): after {@code initialDelay}, doubling with each failure in a
 * row up to {@code maxDelay}; not at all once it has failed {@code maxFailures} times within {@code window}. A run
 * that lasted a whole {@code window} ends a row of failures: the next one waits {@code initialDelay} again.
 */
public record RestartPolicy(Duration initialDelay, Duration maxDelay, int maxFailures, Duration window) {

    /** 1 s doubling to 30 s; given up after 5 failures within a minute. */
    public static final RestartPolicy ON_FAILURE = new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30), 5,
            Duration.ofMinutes(1));

    public RestartPolicy {
        if (initialDelay.isNegative() || initialDelay.isZero() || maxDelay.compareTo(initialDelay) < 0
                || maxFailures < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("Not a restart policy: " + initialDelay + " to " + maxDelay + ", "
                    + maxFailures + " failures within " + window);
        }
    }

    /** A new record of one service's failures under this policy. */
    public Failures failures() {
        return new Failures();
    }

    /** The failures of one service; each belongs to one watcher (not thread-safe). */
    public final class Failures {

        private final Deque<Instant> recent = new ArrayDeque<>();
        private int inARow;

        private Failures() {
        }

        /**
         * Records that the service failed at {@code at} after running for {@code ran}: returns how long to wait before
         * starting it again, or empty when this failure is the one too many and the service is given up on.
         */
        public Optional<Duration> record(Instant at, Duration ran) {
            recent.addLast(at);
            while (recent.peekFirst().isBefore(at.minus(window))) {
                recent.removeFirst();
            }
            if (recent.size() >= maxFailures) {
                return Optional.empty();
            }
            inARow = ran.compareTo(window) >= 0 ? 1 : inARow + 1;
            // Doubling stops long before the shift could overflow: maxDelay caps it.
            Duration delay = initialDelay.multipliedBy(1L << Math.min(inARow - 1, 30));
            return Optional.of(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
        }

        /** Failures within the window before the last one, that one included. */
        public int withinWindow() {
            return recent.size();
        }
    }
}
