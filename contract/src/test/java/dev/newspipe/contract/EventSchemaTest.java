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
        assertTrue(schema(Topics.SUBMITTED).validate(tree).isEmpty(), () -> schema(Topics.SUBMITTED).validate(tree).toString());
        assertEquals(SECOND_VERSION, new ArticleSubmittedDeserializer().deserialize(Topics.SUBMITTED, submitted));

        ArticleEnriched enriched = ArticleEnriched.of(SECOND_VERSION, "en", List.of(), List.of(), List.of(),
                Instant.parse("2025-10-29T08:00:01Z"));
        assertEquals(2, enriched.version());
        assertEquals(SECOND_VERSION.updatedAt(), enriched.updatedAt());
        assertEquals("api-key:reuters", enriched.publisher());
        byte[] bytes = new EventSerializer<ArticleEnriched>().serialize(Topics.ENRICHED, enriched);
        Set<ValidationMessage> errors = schema(Topics.ENRICHED).validate(bytesToTree(bytes));
        assertTrue(errors.isEmpty(), errors::toString);
        assertEquals(enriched, new ArticleEnrichedDeserializer().deserialize(Topics.ENRICHED, bytes));
    }

    /** Schema v1 gained the three fields as optional ones: a record written before them must still be read. */
    @Test
    void aRecordWrittenBeforeVersionsReadsAsTheFirstVersionByNoNamedPublisher() throws Exception {
        ObjectNode old = (ObjectNode) bytesToTree(new EventSerializer<ArticleEnriched>().serialize(Topics.ENRICHED, ENRICHED));
        old.remove(List.of("version", "updated_at", "publisher"));
        assertTrue(schema(Topics.ENRICHED).validate(old).isEmpty(), () -> schema(Topics.ENRICHED).validate(old).toString());
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
        String all = schema(Topics.SUBMITTED).validate(tree).toString();
        assertTrue(all.contains("/version") && all.contains("/publisher"), all);
        assertThrows(SerializationException.class, () -> new ArticleSubmittedDeserializer()
                .deserialize(Topics.SUBMITTED, EventJson.MAPPER.writeValueAsBytes(tree)));
    }

    @Test
    void deserializerRefusesAnUnknownSchemaVersionAndBrokenJson() {
        byte[] v2 = "{\"schema_version\":2,\"id\":\"a\"}".getBytes(StandardCharsets.UTF_8);
        assertThrows(SerializationException.class, () -> new ArticleSubmittedDeserializer().deserialize(Topics.SUBMITTED, v2));
        byte[] broken = "{\"schema_version\":1,".getBytes(StandardCharsets.UTF_8);
        assertThrows(SerializationException.class, () -> new ArticleEnrichedDeserializer().deserialize(Topics.ENRICHED, broken));
    }
}
