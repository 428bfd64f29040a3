package dev.newspipe.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Binds every Kafka consumer and producer SmallRye creates (it announces them as CDI events) to Micrometer, so that
 * the clients' own metrics reach /q/metrics: {@code kafka_consumer_fetch_manager_records_lag{topic,partition}} among
 * them. Instead of Quarkus' Kafka binder because that one looks for new client metrics once a minute, and a
 * partition's lag exists only once the partition is assigned and fetched: with it, lag appeared up to a minute late
 * after every start and rebalance. Here the interval is {@code newspipe.metrics.kafka-refresh}.
 */
@ApplicationScoped
public class KafkaClientMeters {

    private final MeterRegistry registry;
    private final Duration refresh;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kafka-client-meters");
        t.setDaemon(true);
        return t;
    });
    private final List<KafkaClientMetrics> bound = new ArrayList<>();

    public KafkaClientMeters(MeterRegistry registry,
            @ConfigProperty(name = "newspipe.metrics.kafka-refresh", defaultValue = "5s") Duration refresh) {
        this.registry = registry;
        this.refresh = refresh;
    }

    synchronized void consumerCreated(@Observes Consumer<?, ?> consumer) {
        bind(new KafkaClientMetrics(consumer, Tags.empty(), scheduler, refresh));
    }

    synchronized void producerCreated(@Observes Producer<?, ?> producer) {
        bind(new KafkaClientMetrics(producer, Tags.empty(), scheduler, refresh));
    }

    private void bind(KafkaClientMetrics metrics) {
        metrics.bindTo(registry);
        bound.add(metrics);
    }

    synchronized void onStop(@Observes ShutdownEvent event) {
        bound.forEach(KafkaClientMetrics::close);
        bound.clear();
        scheduler.shutdownNow();
    }
}
