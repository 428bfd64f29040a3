package dev.newspipe.store.health;

import dev.newspipe.store.messaging.StoreConsumerConfig;
import dev.newspipe.store.messaging.WriteProgress;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Liveness of the consumer of news.articles.enriched, in place of the connector's own check on unacknowledged records
 * (switched off: application.properties): DOWN only when a write to PostgreSQL has been running for longer than
 * {@code store.consumer.stuck-after}, a hang that a restart cures. A database that is away is no reason for a
 * restart: the consumer keeps its batch and retries, and says so here (UP, with how long it has been waiting);
 * readiness is DOWN meanwhile through the datasource's own check.
 */
@Liveness
@ApplicationScoped
public class ConsumerLivenessCheck implements HealthCheck {

    static final String NAME = "store consumer";

    private final WriteProgress progress;
    private final StoreConsumerConfig config;

    public ConsumerLivenessCheck(WriteProgress progress, StoreConsumerConfig config) {
        this.progress = progress;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        Instant now = progress.now();
        List<WriteProgress.Snapshot> writes = progress.writes();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
        Duration longest = writes.stream().map(w -> w.attemptRunning(now)).max(Duration::compareTo).orElse(Duration.ZERO);
        if (longest.compareTo(config.stuckAfter()) > 0) {
            response.down().withData("stuck", "a write to PostgreSQL has been running for " + longest.toSeconds()
                    + " s, longer than store.consumer.stuck-after (" + config.stuckAfter().toSeconds() + " s)");
        }
        writes.stream().filter(WriteProgress.Snapshot::waitingForDatabase)
                .min(Comparator.comparing(WriteProgress.Snapshot::waitingSince))
                .ifPresent(oldest -> response
                        .withData("waitingForDatabaseSince", oldest.waitingSince().toString())
                        .withData("failedAttempts", oldest.failedAttempts())
                        .withData("lastFailure", oldest.lastFailure()));
        long held = writes.stream().filter(WriteProgress.Snapshot::waitingForDatabase)
                .mapToLong(WriteProgress.Snapshot::articles).sum();
        if (held > 0) {
            response.withData("articlesHeld", held);
        }
        return response.build();
    }
}
