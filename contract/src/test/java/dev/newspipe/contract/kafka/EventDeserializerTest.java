package dev.newspipe.contract.kafka;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newspipe.contract.ArticleEnriched;
import dev.newspipe.contract.ArticleSubmitted;
import dev.newspipe.contract.DateTag;
import dev.newspipe.contract.EntityTag;
import dev.newspipe.contract.EntityType;
import dev.newspipe.contract.EventJson;
import dev.newspipe.contract.Mention;
import dev.newspipe.contract.TextField;
import dev.newspipe.contract.Topics;
import dev.newspipe.contract.validation.ContractViolationException;
import dev.newspipe.contract.validation.Violation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A consumer's deserializer refuses, as a permanent {@link ContractViolationException} naming the field, every event
 * its topic's contract refuses: what the JSON Schema says and what it cannot (offsets inside their text). The whole
 * matrix (every required field missing, null, of another type) runs through the real services in enrich-service's
 * and store-service's {@code ContractViolationsTest}; here the deserializer's own rules.
 */
class EventDeserializerTest {

    private static final String TITLE = "Xi meets Trump";
    private static final String BODY = "Trump met Xi on Thursday in Busan. 😀 Xi said little.";

    private static ArticleEnriched enriched(List<Mention> mentions, List<DateTag> dates) {
        return new ArticleEnriched(1, "a-1", TITLE, BODY, "2025-10-28T09:30:00+09:00", null, null, null, null, "en",
                Instant.parse("2025-10-28T00:00:00Z"), Instant.parse("2025-10-28T00:00:01Z"),
                List.of(new EntityTag("Xi", EntityType.PERSON, "Xi Jinping", null, 0.9, mentions)), dates, List.of());
    }

    private static ArticleEnriched valid() {
        int smiley = BODY.indexOf("😀");
        int xi = BODY.lastIndexOf("Xi");
        return enriched(List.of(new Mention("Xi", TextField.TITLE, 0, 2), new Mention("Xi", TextField.BODY, xi, xi + 2)),
                List.of(new DateTag("Thursday", "2025-10-30", TextField.BODY, 16, 24),
                        // A surrogate pair counts two UTF-16 code units: the offsets after it are Java's.
                        new DateTag("😀", "2025", TextField.BODY, smiley, smiley + 2)));
    }

    private static byte[] bytes(Object event) {
        return EventJson.MAPPER.valueToTree(event).toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<Violation> refused(byte[] value) {
        return assertThrows(ContractViolationException.class,
                () -> new ArticleEnrichedDeserializer().deserialize(Topics.ENRICHED, value)).violations();
    }

    private static byte[] with(Consumer<ObjectNode> change) {
        ObjectNode tree = EventJson.MAPPER.valueToTree(valid());
        change.accept(tree);
        return tree.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aValidEventIsRead() {
        assertEquals(valid(), new ArticleEnrichedDeserializer().deserialize(Topics.ENRICHED, bytes(valid())));
    }

    /** The record: readable, the right version, and nothing else. */
    @Test
    void anIncompleteEventNamesEveryMissingField() {
        byte[] value = "{\"schema_version\":1,\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        List<String> pointers = refused(value).stream().map(Violation::pointer).toList();
        assertEquals(List.of("/body", "/dates", "/enriched_at", "/entities", "/ingested_at", "/language",
                "/published_at", "/title", "/topics"), pointers.stream().sorted().toList());
        ContractViolationException e = assertThrows(ContractViolationException.class,
                () -> new ArticleSubmittedDeserializer().deserialize(Topics.SUBMITTED, value));
        assertTrue(e.getMessage().startsWith("ArticleSubmitted from news.articles.submitted breaks its contract: "), e.getMessage());
        assertTrue(e.getMessage().contains("/ingested_at: required property 'ingested_at' not found"), e.getMessage());
    }

    @Test
    void nullsWrongTypesAndFormatsNameTheirField() {
        assertEquals("/ingested_at", refused(with(t -> t.putNull("ingested_at"))).get(0).pointer());
        assertEquals("/entities/0/mentions/1/end", refused(with(t -> ((ObjectNode) t.at("/entities/0/mentions/1"))
                .put("end", "4"))).get(0).pointer());
        assertEquals("/enriched_at", refused(with(t -> t.put("enriched_at", "2025-10-28"))).get(0).pointer());
        assertEquals("/dates/1/value", refused(with(t -> ((ObjectNode) t.at("/dates/1")).put("value", "2025-1"))).get(0).pointer());
        assertEquals("/topics", refused(with(t -> t.putObject("topics"))).get(0).pointer());
    }

    @Test
    void offsetsMustPointAtTheirTextInsideTheirField() {
        int xi = BODY.lastIndexOf("Xi");
        Violation past = refused(bytes(enriched(List.of(new Mention("Xi", TextField.TITLE, 0, TITLE.length() + 1)), List.of())))
                .get(0);
        assertEquals("/entities/0/mentions/0/end", past.pointer());
        assertTrue(past.problem().contains("past the end of the title (14 UTF-16 code units)"), past.problem());
        assertEquals("/entities/0/mentions/1/start", refused(bytes(enriched(List.of(new Mention("Xi", TextField.TITLE, 0, 2),
                new Mention("Xi", TextField.BODY, xi + 2, xi + 2)), List.of()))).get(0).pointer());
        // The title's offsets, but the body: the text is not what they point at.
        Violation elsewhere = refused(bytes(enriched(List.of(new Mention("Xi", TextField.BODY, 0, 2)), List.of()))).get(0);
        assertEquals("/entities/0/mentions/0/text", elsewhere.pointer());
        assertTrue(elsewhere.problem().contains("\"Tr\""), elsewhere.problem());
        assertEquals("/dates/0/text", refused(bytes(enriched(List.of(new Mention("Xi", TextField.TITLE, 0, 2)),
                List.of(new DateTag("Thursday", "2025-10-30", TextField.BODY, 15, 23))))).get(0).pointer());
        assertEquals("/entities/0/mentions/0/start", refused(with(t -> ((ObjectNode) t.at("/entities/0/mentions/0"))
                .put("start", -1))).get(0).pointer(), "negative: the schema's minimum");
    }

    /** A later minor version's optional fields are no reason to refuse an event: consumers are upgraded last. */
    @Test
    void fieldsTheSchemaDoesNotKnowAreAccepted() {
        ArticleEnriched read = new ArticleEnrichedDeserializer().deserialize(Topics.ENRICHED, with(t -> {
            t.put("sentiment", "neutral");
            ((ObjectNode) t.at("/entities/0")).put("wikidata", "Q15031");
        }));
        assertEquals(valid(), read);
    }

    @Test
    void aSubmittedArticleWithoutOptionalFieldsIsRead() {
        ArticleSubmitted minimal = new ArticleSubmitted(1, "m-1", "T", "B", "2025-10-28", null, null, null, null,
                Instant.parse("2025-10-28T00:00:00Z"));
        assertEquals(minimal, new ArticleSubmittedDeserializer().deserialize(Topics.SUBMITTED, bytes(minimal)));
    }
}
