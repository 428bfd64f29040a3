package dev.newspipe.contract.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newspipe.contract.EventJson;
import dev.newspipe.contract.validation.ContractViolationException;
import dev.newspipe.contract.validation.EventSchema;
import dev.newspipe.contract.validation.Violation;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

import java.io.IOException;
import java.util.List;

/**
 * Reads one event type and trusts nothing it reads: a value must be JSON, carry the {@code schema_version} this
 * build knows (rather than guess at another version's meaning), meet its topic's JSON Schema ({@link EventSchema},
 * fields it does not know aside) and then the checks a schema cannot express ({@link #semanticViolations}). Anything
 * else is a {@link SerializationException} (a {@link ContractViolationException} naming each failing field), which
 * the consumer dead-letters: a record that cannot be read now can never be.
 */
public abstract class EventDeserializer<T> implements Deserializer<T> {

    private final Class<T> type;
    private final int schemaVersion;
    private final EventSchema schema;

    protected EventDeserializer(Class<T> type, int schemaVersion, EventSchema schema) {
        this.type = type;
        this.schemaVersion = schemaVersion;
        this.schema = schema;
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        JsonNode tree;
        try {
            tree = EventJson.MAPPER.readTree(data);
        } catch (IOException e) {
            throw new SerializationException("Cannot read " + type.getSimpleName() + " from " + topic + ": "
                    + e.getMessage(), e);
        }
        JsonNode version = tree == null ? null : tree.get("schema_version");
        if (version == null || !version.canConvertToInt() || version.intValue() != schemaVersion) {
            // Checked first: against this version's schema, another version's record would fail in confusing ways.
            throw violation(topic, List.of(new Violation("/schema_version", (version == null ? "missing" : "is " + version)
                    + ": this build reads " + type.getSimpleName() + " version " + schemaVersion + " only")));
        }
        List<Violation> violations = schema.readerViolations(tree);
        if (!violations.isEmpty()) {
            throw violation(topic, violations);
        }
        T event;
        try {
            event = EventJson.MAPPER.treeToValue(tree, type);
        } catch (IOException e) {
            throw new SerializationException("Cannot read " + type.getSimpleName() + " from " + topic + ": "
                    + e.getMessage(), e);
        }
        violations = semanticViolations(event);
        if (!violations.isEmpty()) {
            throw violation(topic, violations);
        }
        return event;
    }

    /** What the schema cannot say about a schema-valid event; none by default. */
    protected List<Violation> semanticViolations(T event) {
        return List.of();
    }

    private ContractViolationException violation(String topic, List<Violation> violations) {
        return new ContractViolationException(type.getSimpleName(), topic, violations);
    }
}
