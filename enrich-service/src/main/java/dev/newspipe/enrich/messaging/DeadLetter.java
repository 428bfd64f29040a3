package dev.newspipe.enrich.messaging;

import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.nio.charset.StandardCharsets;

/**
 * Why and where from a record of news.articles.submitted was dead-lettered, as the headers of its dead letter:
 * the names SmallRye's dead-letter queue uses ({@code dead-letter-reason}, {@code -cause}, {@code -topic},
 * {@code -partition}, {@code -offset}, and the exception classes), which {@code ./pipeline dead-letters} reads,
 * plus {@code dead-letter-stage: enrich}, as store-service marks its own. The record's own headers are kept.
 */
record DeadLetter(String reason, Throwable failure, String topic, int partition, long offset, Headers original) {

    static final String STAGE_HEADER = "dead-letter-stage";
    static final String STAGE = "enrich";

    static DeadLetter of(KafkaRecord<?, ?> record, Throwable failure) {
        long offset = record.getMetadata(IncomingKafkaRecordMetadata.class).map(IncomingKafkaRecordMetadata::getOffset)
                .orElse(-1L);
        return new DeadLetter(message(failure), failure, record.getTopic(), record.getPartition(), offset,
                record.getHeaders());
    }

    Headers headers() {
        RecordHeaders headers = original == null ? new RecordHeaders() : new RecordHeaders(original.toArray());
        add(headers, KafkaDeadLetterQueue.DEAD_LETTER_EXCEPTION_CLASS_NAME, failure.getClass().getName());
        add(headers, KafkaDeadLetterQueue.DEAD_LETTER_REASON, reason);
        if (failure.getCause() != null) {
            add(headers, KafkaDeadLetterQueue.DEAD_LETTER_CAUSE_CLASS_NAME, failure.getCause().getClass().getName());
            add(headers, KafkaDeadLetterQueue.DEAD_LETTER_CAUSE, message(failure.getCause()));
        }
        add(headers, KafkaDeadLetterQueue.DEAD_LETTER_TOPIC, topic);
        add(headers, KafkaDeadLetterQueue.DEAD_LETTER_PARTITION, Integer.toString(partition));
        add(headers, KafkaDeadLetterQueue.DEAD_LETTER_OFFSET, Long.toString(offset));
        add(headers, STAGE_HEADER, STAGE);
        return headers;
    }

    private static void add(RecordHeaders headers, String name, String value) {
        headers.remove(name).add(name, (value == null ? "" : value).getBytes(StandardCharsets.UTF_8));
    }

    private static String message(Throwable t) {
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
