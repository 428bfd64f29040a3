package dev.newspipe.contract.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.newspipe.contract.EventJson;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/** Writes any event record as UTF-8 JSON with {@link EventJson#MAPPER}. */
public class EventSerializer<T> implements Serializer<T> {

    @Override
    public byte[] serialize(String topic, T event) {
        if (event == null) {
            return null;
        }
        try {
            return EventJson.MAPPER.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new SerializationException("Cannot write " + event.getClass().getSimpleName() + " for " + topic, e);
        }
    }
}
