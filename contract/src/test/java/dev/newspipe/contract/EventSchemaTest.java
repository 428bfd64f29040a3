package dev.newspipe.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.newspipe.contract.kafka.ArticleEnrichedDeserializer;
import dev.newspipe.contract.kafka.ArticleSubmittedDeserializer;
import dev.newspipe.contract.kafka.EventSerializer;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The records, their serdes and the published JSON Schemas describe the same bytes. */
class EventSchemaTest {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(m -> m.mapPrefix("https://newspipe.dev/schemas/", "classpath:schemas/")));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    static final ArticleSubmitted SUBMITTED = new ArticleSubmitted(1, "c-0123abcd", "トランプ・習会談を前に",
            "ドナルド・トランプ米大統領は木曜日に韓国で", "2025-10-28", "Asia Times", "https://asiatimes.com/x",
            "Jeff Pao", null, Instant.parse("2025-10-28T01:02:03.456Z"));

    static final ArticleEnriched ENRICHED = ArticleEnriched.of(SUBMITTED, "ja",
            List.of(new EntityTag("ドナルド・トランプ", EntityType.PERSON, "ドナルド・トランプ", "person:donald-trump", 0.97,
                    List.of(new Mention("ドナルド・トランプ", TextField.BODY, 0, 9), new Mention("トランプ", TextField.TITLE, 0, 4)))),
            List.of(new DateTag("木曜日", "2025-10-30", TextField.BODY, 14, 17)),
            List.of(new TopicTag("medtop:20000344", "international trade", "medtop:04000000", 0.8)),
            Instant.parse("2025-10-28T01:02:04Z"));

    private static JsonSchema schema(String topic) {
        return FACTORY.getSchema(SchemaLocation.of("https://newspipe.dev/schemas/" + topic + ".v1.json"), CONFIG);
    }

    private static JsonNode bytesToTree(byte[] bytes) throws Exception {
        return EventJson.MAPPER.readTree(bytes);
    }

    @Test
    void submittedRecordValidatesAgainstItsSchemaAndRoundTrips() throws Exception {
        byte[] bytes = new EventSerializer<ArticleSubmitted>().serialize(Topics.SUBMITTED, SUBMITTED);
        Set<ValidationMessage> errors = schema(Topics.SUBMITTED).validate(bytesToTree(bytes));
        assertTrue(errors.isEmpty(), errors::toString);
        assertEquals(SUBMITTED, new ArticleSubmittedDeserializer().deserialize(Topics.SUBMITTED, bytes));
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("\"ingested_at\":\"2025-10-28T01:02:03.456Z\""),
                "timestamps travel as ISO-8601 strings");
    }

    @Test
    void enrichedRecordValidatesAgainstItsSchemaAndRoundTrips() throws Exception {
        byte[] bytes = new EventSerializer<ArticleEnriched>().serialize(Topics.ENRICHED, ENRICHED);
        Set<ValidationMessage> errors = schema(Topics.ENRICHED).validate(bytesToTree(bytes));
        assertTrue(errors.isEmpty(), errors::toString);
        assertEquals(ENRICHED, new ArticleEnrichedDeserializer().deserialize(Topics.ENRICHED, bytes));
        JsonNode mention = bytesToTree(bytes).at("/entities/0/mentions/0");
        assertEquals("body", mention.get("field").asText());
    }

    @Test
    void schemaRejectsWhatTheContractForbids() throws Exception {
        ObjectNode tree = (ObjectNode) bytesToTree(new EventSerializer<ArticleEnriched>().serialize(Topics.ENRICHED, ENRICHED));
        ((ObjectNode) tree.at("/entities/0")).put("type", "ANIMAL");
        ((ObjectNode) tree.at("/dates/0")).put("value", "next week");
        tree.put("published_at", "yesterday");
        tree.remove("language");
        Set<ValidationMessage> errors = schema(Topics.ENRICHED).validate(tree);
        String all = errors.toString();
        assertFalse(errors.isEmpty());
        for (String path : List.of("/entities/0/type", "/dates/0/value", "/published_at", "language")) {
            assertTrue(all.contains(path), () -> path + " not reported in " + all);
        }
    }

    @Test
    void deserializerRefusesAnUnknownSchemaVersionAndBrokenJson() {
        byte[] v2 = "{\"schema_version\":2,\"id\":\"a\"}".getBytes(StandardCharsets.UTF_8);
        assertThrows(SerializationException.class, () -> new ArticleSubmittedDeserializer().deserialize(Topics.SUBMITTED, v2));
        byte[] broken = "{\"schema_version\":1,".getBytes(StandardCharsets.UTF_8);
        assertThrows(SerializationException.class, () -> new ArticleEnrichedDeserializer().deserialize(Topics.ENRICHED, broken));
    }
}
