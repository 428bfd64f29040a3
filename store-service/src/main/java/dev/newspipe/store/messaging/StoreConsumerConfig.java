package dev.newspipe.store.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The store consumer's own settings ({@code store.consumer.*}; env {@code STORE_CONSUMER_*}). */
@ConfigMapping(prefix = "store.consumer")
public interface StoreConsumerConfig {

    /**
     * How long one write to PostgreSQL may run before liveness calls the consumer stuck (a call that does not return:
     * a lock nobody releases, a connection whose server vanished without closing it), so that a restart frees it.
     * Waiting for a database that is away is not being stuck: each attempt fails within the pool's and driver's
     * timeouts and is retried, however long the outage. Well above the slowest write of a full batch (seconds).
     */
    @WithDefault("5m")
    Duration stuckAfter();
}
