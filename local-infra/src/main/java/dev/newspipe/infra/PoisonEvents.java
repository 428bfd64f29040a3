package dev.newspipe.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newspipe.contract.ArticleEnriched;
import dev.newspipe.contract.EventJson;
import dev.newspipe.contract.validation.EventSchema;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Readable records that break a topic's contract, made from the topic's JSON Schema itself rather than listed by
 * hand, so that a field the schema adds or requires later is covered without touching a test: for every field the
 * schema requires (at the top and, recursively, in nested objects and array items such as entities, their mentions,
 * dates and topics), a valid event with that field missing, with it null, and with a value of another JSON type.
 * For the enriched topic also tags whose offsets the schema allows but the text does not ({@link #spans}).
 */
public final class PoisonEvents {

    /**
     * One poison record.
     *
     * @param name    what is wrong, for messages ({@code missing /entities/0/mentions/0/end})
     * @param pointer the field a dead letter's reason must name
     * @param value   the record's value
     */
    public record Poison(String name, String pointer, byte[] value) {
    }

    private PoisonEvents() {
    }

    /** For each field {@code schema} requires anywhere in {@code valid} (a valid event): missing, null, wrong type. */
    public static List<Poison> fromSchema(EventSchema schema, Object valid) {
        JsonNode event = EventJson.MAPPER.valueToTree(valid);
        List<Poison> poisons = new ArrayList<>();
        walk(schema.document(), schema.document(), event, event, "", poisons);
        return poisons;
    }

    /**
     * The first mention and the first date of {@code valid} (which must have both) with an end past their text, a
     * start not before the end, and a text that is not what the offsets point at.
     */
    public static List<Poison> spans(ArticleEnriched valid) {
        List<Poison> poisons = new ArrayList<>();
        for (String tag : List.of("/entities/0/mentions/0", "/dates/0")) {
            JsonNode event = EventJson.MAPPER.valueToTree(valid);
            ObjectNode span = (ObjectNode) event.at(tag);
            String field = span.get("field").asText();
            int length = event.get(field).asText().length();
            int start = span.get("start").asInt();
            int end = span.get("end").asInt();
            poisons.add(mutate(event, tag + "/end", "end past the " + field, s -> s.put("end", length + 1)));
            poisons.add(mutate(event, tag + "/start", "start at the end", s -> s.put("start", end)));
            poisons.add(mutate(event, tag + "/text", "text not at its offsets", s -> s.put("text",
                    start + 1 < end ? event.get(field).asText().substring(start + 1, end) + "x" : "x" + span.get("text").asText())));
        }
        return poisons;
    }

    private static Poison mutate(JsonNode event, String pointer, String name, Consumer<ObjectNode> change) {
        JsonNode copy = event.deepCopy();
        change.accept((ObjectNode) copy.at(pointer.substring(0, pointer.lastIndexOf('/'))));
        return new Poison(name + " " + pointer, pointer, bytes(copy));
    }

    private static void walk(JsonNode root, JsonNode schema, JsonNode event, JsonNode here, String pointer,
            List<Poison> out) {
        schema = resolve(root, schema);
        if (here instanceof ObjectNode object) {
            List<String> required = new ArrayList<>();
            schema.path("required").forEach(name -> required.add(name.asText()));
            for (String name : required) {
                if (!object.has(name)) {
                    throw new IllegalArgumentException("The valid event has no " + pointer + "/" + name);
                }
                out.add(poison(event, pointer, name, "missing", parent -> parent.remove(name)));
                out.add(poison(event, pointer, name, "null", parent -> parent.putNull(name)));
                out.add(poison(event, pointer, name, "wrong type", parent -> parent.set(name, otherType(parent.get(name)))));
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> property = fields.next();
                if (object.has(property.getKey())) {
                    walk(root, property.getValue(), event, object.get(property.getKey()),
                            pointer + "/" + property.getKey(), out);
                }
            }
        } else if (here instanceof ArrayNode array && !array.isEmpty() && schema.has("items")) {
            walk(root, schema.get("items"), event, array.get(0), pointer + "/0", out);
        }
    }

    private static Poison poison(JsonNode event, String parentPointer, String name, String what, Consumer<ObjectNode> change) {
        JsonNode copy = event.deepCopy();
        change.accept((ObjectNode) (parentPointer.isEmpty() ? copy : copy.at(parentPointer)));
        String pointer = parentPointer + "/" + name;
        return new Poison(what + " " + pointer, pointer, bytes(copy));
    }

    /** A local {@code $ref} ({@code #/$defs/entity}); references to another file lead to leaves only. */
    private static JsonNode resolve(JsonNode root, JsonNode schema) {
        while (schema.has("$ref") && schema.get("$ref").asText().startsWith("#")) {
            schema = root.at(schema.get("$ref").asText().substring(1));
        }
        return schema;
    }

    /** A value of another JSON type than {@code value}'s. */
    private static JsonNode otherType(JsonNode value) {
        if (value.isTextual()) {
            return EventJson.MAPPER.getNodeFactory().numberNode(42);
        }
        if (value.isNumber() || value.isBoolean()) {
            return EventJson.MAPPER.getNodeFactory().textNode(value.asText());
        }
        if (value.isArray()) {
            return EventJson.MAPPER.createObjectNode();
        }
        return EventJson.MAPPER.createArrayNode();
    }

    private static byte[] bytes(JsonNode event) {
        return event.toString().getBytes(StandardCharsets.UTF_8);
    }
}
