package dev.newspipe.contract;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.nio.charset.StandardCharsets;

/**
 * The headers of a dead letter ({@link Topics#DLQ_ENRICH}, {@link Topics#DLQ_STORE}): one builder for every stage,
 * so that every dead letter says the same things under the same names, whoever wrote it. The names are those of
 * SmallRye's dead-letter queue ({@code KafkaDeadLetterQueue}; this module does not depend on SmallRye), which also
 * writes to these topics for a record that escapes a stage's own handling, plus {@link #STAGE}. Values are UTF-8.
 */
public final class DeadLetterHeaders {

    /** Why the record cannot be processed: for a contract violation, each failing field by JSON pointer. */
    public static final String REASON = "dead-letter-reason";
    /** The class of the exception that failed the record. */
    public static final String EXCEPTION_CLASS_NAME = "dead-letter-exception-class-name";
    /** The message of that exception's cause, when it has one. */
    public static final String CAUSE = "dead-letter-cause";
    /** The class of that cause. */
    public static final String CAUSE_CLASS_NAME = "dead-letter-cause-class-name";
    /** Where the record came from: its topic (where {@code ./pipeline dead-letters replay} sends it back), */
    public static final String TOPIC = "dead-letter-topic";
    /** its partition */
    public static final String PARTITION = "dead-letter-partition";
    /** and its offset there. */
    public static final String OFFSET = "dead-letter-offset";
    /** Which stage gave up on it: {@code enrich} or {@code store}. */
    public static final String STAGE = "dead-letter-stage";

    private DeadLetterHeaders() {
    }

    /**
     * The headers for the dead letter of the record at {@code topic}-{@code partition}@{@code offset}, which
     * {@code stage} gave up on with {@code failure}: the record's own headers ({@code original}, may be null: a
     * trace context, say) with these added, replacing any of the same name (a replayed record that failed again).
     *
     * @param reason the {@link #REASON}; {@link #reasonOf(Throwable)} unless the stage has a better description
     */
    public static Headers of(String stage, String reason, Throwable failure, String topic, int partition, long offset,
            Headers original) {
        RecordHeaders headers = original == null ? new RecordHeaders() : new RecordHeaders(original.toArray());
        put(headers, REASON, reason);
        put(headers, EXCEPTION_CLASS_NAME, failure.getClass().getName());
        if (failure.getCause() != null && failure.getCause() != failure) {
            put(headers, CAUSE, reasonOf(failure.getCause()));
            put(headers, CAUSE_CLASS_NAME, failure.getCause().getClass().getName());
        } else {
            headers.remove(CAUSE).remove(CAUSE_CLASS_NAME);
        }
        put(headers, TOPIC, topic);
        put(headers, PARTITION, Integer.toString(partition));
        put(headers, OFFSET, Long.toString(offset));
        put(headers, STAGE, stage);
        return headers;
    }

    /** The exception's message, else its class name. */
    public static String reasonOf(Throwable failure) {
        return failure.getMessage() == null ? failure.toString() : failure.getMessage();
    }

    /** The last value of header {@code name} as text, or null when there is none. */
    public static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void put(RecordHeaders headers, String name, String value) {
        headers.remove(name).add(name, (value == null ? "" : value).getBytes(StandardCharsets.UTF_8));
    }
}
