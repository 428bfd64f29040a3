package dev.newspipe.contract.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newspipe.contract.EventJson;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

import java.io.IOException;

/**
 * Reads one event type and refuses a value whose {@code schema_version} this build does not know,
 * rather than guessing at its meaning: the consumer's failure strategy then dead-letters it.
 */
public abstract class EventDeserializer<T> implements Deserializer<T> {

    private final Class<T> type;
    private final int schemaVersion;

    protected EventDeserializer(Class<T> type, int schemaVersion) {
        this.type = type;
        this.schemaVersion = schemaVersion;
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            JsonNode tree = EventJson.MAPPER.readTree(data);
            JsonNode version = tree == null ? null : tree.get("schema_version");
            if (version == null || !version.canConvertToInt() || version.intValue() != schemaVersion) {
                throw new SerializationException("Expected " + type.getSimpleName() + " with schema_version "
                        + schemaVersion + " on " + topic + " but found " + version);
            }
            return EventJson.MAPPER.treeToValue(tree, type);
        } catch (IOException e) {
            throw new SerializationException("Cannot read " + type.getSimpleName() + " from " + topic + ": "
                    + e.getMessage(), e);
        }
    }
}
