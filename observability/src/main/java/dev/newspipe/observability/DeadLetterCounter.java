package dev.newspipe.observability;

import jakarta.enterprise.inject.spi.CDI;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

import java.util.Map;

/**
 * Counts dead letters as the broker acknowledges them ({@code newspipe_articles_dead_lettered_total{stage}}),
 * whoever wrote them: SmallRye's dead-letter-queue strategy or a service's own dead-letter channel. Installed by
 * configuration ({@code interceptor.classes} of the producer), so no handler has to remember to count. The stage is
 * the dead-letter topic's last segment (news.articles.dlq.enrich: enrich).
 */
public class DeadLetterCounter implements ProducerInterceptor<Object, Object> {

    private volatile PipelineMetrics metrics;

    @Override
    public ProducerRecord<Object, Object> onSend(ProducerRecord<Object, Object> record) {
        return record;
    }

    @Override
    public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
        if (exception == null && metadata != null) {
            metrics().deadLettered(stage(metadata.topic()));
        }
    }

    static String stage(String topic) {
        return topic.substring(topic.lastIndexOf('.') + 1);
    }

    // Kafka instantiates interceptors by reflection, outside CDI: the bean is looked up on first use.
    private PipelineMetrics metrics() {
        PipelineMetrics m = metrics;
        if (m == null) {
            m = CDI.current().select(PipelineMetrics.class).get();
            metrics = m;
        }
        return m;
    }

    @Override
    public void close() {
    }

    @Override
    public void configure(Map<String, ?> configs) {
    }
}
