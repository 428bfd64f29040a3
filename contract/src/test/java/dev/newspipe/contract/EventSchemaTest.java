package dev.newspipe.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newspipe.contract.kafka.ArticleEnrichedDeserializer;
import dev.newspipe.contract.kafka.ArticleSubmittedDeserializer;
import dev.newspipe.contract.kafka.EventSerializer;
import dev.newspipe.contract.validation.EventSchema;
import dev.newspipe.contract.validation.Violation;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The records, their serdes and the published JSON Schemas describe the same bytes. */
class EventSchemaTest {

    static final ArticleSubmitted SUBMITTED = new ArticleSubmitted(1, "c-0123abcd", "トランプ・習会談を前に",
            "ドナルド・トランプ米大統領は木曜日に韓国で", "2025-10-28", "Asia Times", "https://asiatimes.com/x",
            "Jeff Pao", null, Instant.parse("2025-10-28T01:02:03.456Z"));

    static final ArticleEnriched ENRICHED = ArticleEnriched.of(SUBMITTED, "ja",
            List.of(new EntityTag("ドナルド・トランプ", EntityType.PERSON, "ドナルド・トランプ", "person:donald-trump", 0.97,
                    List.of(new Mention("ドナルド・トランプ", TextField.BODY, 0, 9), new Mention("トランプ", TextField.TITLE, 0, 4)))),
            List.of(new DateTag("木曜日", "2025-10-30", TextField.BODY, 14, 17), new DateTag("米", "20XX", TextField.BODY, 9, 10)),
            List.of(new TopicTag("medtop:20000344", "international trade", "medtop:04000000", 0.8)),
            Instant.parse("2025-10-28T01:02:04Z"));

    private static JsonNode bytesToTree(byte[] bytes) throws Exception {
        return EventJson.MAPPER.readTree(bytes);
    }

    @Test
    void submittedRecordValidatesAgainstItsSchemaAndRoundTrips() throws Exception {
        byte[] bytes = new EventSerializer<ArticleSubmitted>().serialize(Topics.SUBMITTED, SUBMITTED);
        List<Violation> errors = EventSchema.SUBMITTED.violations(bytesToTree(bytes));
        assertTrue(errors.isEmpty(), errors::toString);
        assertEquals(SUBMITTED, new ArticleSubmittedDeserializer().deserialize(Topics.SUBMITTED, bytes));
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("\"ingested_at\":\"2025-10-28T01:02:03.456Z\""),
                "timestamps travel as ISO-8601 strings");
    }

    @Test
    void enrichedRecordValidatesAgainstItsSchemaAndRoundTrips() throws Exception {
        byte[] bytes = new EventSerializer<ArticleEnriched>().serialize(Topics.ENRICHED, ENRICHED);
        List<Violation> errors = EventSchema.ENRICHED.violations(bytesToTree(bytes));
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
        tree.put("ingested_at", "2025-10-28 01:02:03");
        tree.put("url", "not a url");
        tree.put("language", "Japanese");
        ((ObjectNode) tree.at("/entities/0/mentions/0")).put("start", -1);
        tree.remove("enriched_at");
        List<Violation> errors = EventSchema.ENRICHED.violations(tree);
        List<String> pointers = errors.stream().map(Violation::pointer).toList();
        for (String path : List.of("/entities/0/type", "/dates/0/value", "/published_at", "/ingested_at", "/url",
                "/language", "/entities/0/mentions/0/start", "/enriched_at")) {
            assertTrue(pointers.contains(path), () -> path + " not reported in " + errors);
        }
    }

    static final ArticleSubmitted SECOND_VERSION = new ArticleSubmitted(1, "reuters-123", "Updated title", "Corrected body",
            "2025-10-28", "Reuters", null, null, "en", Instant.parse("2025-10-29T08:00:00Z"), 2,
            Instant.parse("2025-10-29T08:00:00Z"), "api-key:reuters");

    @Test
    void versionUpdatedAtAndPublisherTravelOnBothTopicsAndValidate() throws Exception {
        byte[] submitted = new EventSerializer<ArticleSubmitted>().serialize(Topics.SUBMITTED, SECOND_VERSION);
        JsonNode tree = bytesToTree(submitted);
        assertEquals(2, tree.get("version").intValue());
        assertEquals("2025-10-29T08:00:00Z", tree.get("updated_at").textValue());
        assertEquals("api-key:reuters", tree.get("publisher").textValue());
        assertTrue(EventSchema.SUBMITTED.violations(tree).isEmpty(), () -> EventSchema.SUBMITTED.violations(tree).toString());
        assertEquals(SECOND_VERSION, new ArticleSubmittedDeserializer().deserialize(Topics.SUBMITTED, submitted));

        ArticleEnriched enriched = ArticleEnriched.of(SECOND_VERSION, "en", List.of(), List.of(), List.of(),
                Instant.parse("2025-10-29T08:00:01Z"));
        assertEquals(2, enriched.version());
        assertEquals(SECOND_VERSION.updatedAt(), enriched.updatedAt());
        assertEquals("api-key:reuters", enriched.publisher());
        byte[] bytes = new EventSerializer<ArticleEnriched>().serialize(Topics.ENRICHED, enriched);
        List<Violation> errors = EventSchema.ENRICHED.violations(bytesToTree(bytes));
        assertTrue(errors.isEmpty(), errors::toString);
        assertEquals(enriched, new ArticleEnrichedDeserializer().deserialize(Topics.ENRICHED, bytes));
    }

    /** Schema v1 gained the three fields as optional ones: a record written before them must still be read. */
    @Test
    void aRecordWrittenBeforeVersionsReadsAsTheFirstVersionByNoNamedPublisher() throws Exception {
        ObjectNode old = (ObjectNode) bytesToTree(new EventSerializer<ArticleEnriched>().serialize(Topics.ENRICHED, ENRICHED));
        old.remove(List.of("version", "updated_at", "publisher"));
        assertTrue(EventSchema.ENRICHED.violations(old).isEmpty(), () -> EventSchema.ENRICHED.violations(old).toString());
        ArticleEnriched read = new ArticleEnrichedDeserializer().deserialize(Topics.ENRICHED,
                EventJson.MAPPER.writeValueAsBytes(old));
        assertEquals(1, read.version());
        assertEquals(read.ingestedAt(), read.updatedAt());
        assertEquals(null, read.publisher());
    }

    @Test
    void aVersionBelowOneIsRefusedByTheSchemaAndTheDeserializer() throws Exception {
        ObjectNode tree = (ObjectNode) bytesToTree(new EventSerializer<ArticleSubmitted>().serialize(Topics.SUBMITTED, SECOND_VERSION));
        tree.put("version", 0);
        tree.put("publisher", "someone");
        String all = EventSchema.SUBMITTED.violations(tree).toString();
        assertTrue(all.contains("/version") && all.contains("/publisher"), all);
        assertThrows(SerializationException.class, () -> new ArticleSubmittedDeserializer()
                .deserialize(Topics.SUBMITTED, EventJson.MAPPER.writeValueAsBytes(tree)));
    }

    @Test
    void deserializerRefusesAnUnknownSchemaVersionAndBrokenJson() {
        byte[] v2 = "{\"schema_version\":2,\"id\":\"a\"}".getBytes(StandardCharsets.UTF_8);
        SerializationException version = assertThrows(SerializationException.class,
                () -> new ArticleSubmittedDeserializer().deserialize(Topics.SUBMITTED, v2));
        assertTrue(version.getMessage().contains("/schema_version"), version.getMessage());
        byte[] broken = "{\"schema_version\":1,".getBytes(StandardCharsets.UTF_8);
        assertThrows(SerializationException.class, () -> new ArticleEnrichedDeserializer().deserialize(Topics.ENRICHED, broken));
        assertFalse(EventSchema.ENRICHED.document().path("required").isEmpty(), "the schema document is readable");
    }
}
