package dev.newspipe.enrich.messaging;

import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Marks every dead letter of this service with {@code dead-letter-stage: enrich}, as store-service marks its
 * own, so that a record taken out of its topic still says where it failed. Installed on the dead-letter
 * producer only ({@code dead-letter-queue.interceptor.classes} in application.properties); SmallRye adds
 * the reason, cause and origin headers.
 */
public class EnrichStageHeader implements ProducerInterceptor<Object, Object> {

    static final byte[] STAGE = "enrich".getBytes(StandardCharsets.UTF_8);

    @Override
    public ProducerRecord<Object, Object> onSend(ProducerRecord<Object, Object> record) {
        record.headers().remove("dead-letter-stage").add("dead-letter-stage", STAGE);
        return record;
    }

    @Override
    public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
    }

    @Override
    public void close() {
    }

    @Override
    public void configure(Map<String, ?> configs) {
    }
}
