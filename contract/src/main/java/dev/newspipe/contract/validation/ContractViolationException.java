package dev.newspipe.contract.validation;

import org.apache.kafka.common.errors.SerializationException;

import java.util.List;

/**
 * A record that is readable JSON but not an event of its topic's contract: a field missing, null, of the wrong
 * type or format, an offset outside its text. Permanent: reading it again gives the same answer, so a consumer
 * dead-letters it (its message, which names each failing field by JSON pointer, is the dead letter's reason) and
 * goes on with the partition. A {@link SerializationException}, as Kafka's deserializers report unreadable data.
 */
public class ContractViolationException extends SerializationException {

    /** Enough to find every field to fix in a dead letter's reason, not a wall of text for a record that is all wrong. */
    static final int MAX_LISTED = 10;

    private final transient List<Violation> violations;

    public ContractViolationException(String eventType, String topic, List<Violation> violations) {
        super(message(eventType, topic, violations));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    private static String message(String eventType, String topic, List<Violation> violations) {
        StringBuilder m = new StringBuilder(eventType).append(" from ").append(topic).append(" breaks its contract: ");
        for (int i = 0; i < Math.min(violations.size(), MAX_LISTED); i++) {
            m.append(i == 0 ? "" : "; ").append(violations.get(i));
        }
        if (violations.size() > MAX_LISTED) {
            m.append("; and ").append(violations.size() - MAX_LISTED).append(" more");
        }
        return m.toString();
    }
}
