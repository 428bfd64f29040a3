package dev.newspipe.store;

import dev.newspipe.contract.ArticleEnriched;
import dev.newspipe.contract.DateTag;
import dev.newspipe.contract.DeadLetterHeaders;
import dev.newspipe.contract.EntityTag;
import dev.newspipe.contract.EntityType;
import dev.newspipe.contract.Mention;
import dev.newspipe.contract.TextField;
import dev.newspipe.contract.TopicTag;
import dev.newspipe.contract.Topics;
import dev.newspipe.contract.kafka.EventSerializer;
import dev.newspipe.contract.validation.EventSchema;
import dev.newspipe.infra.PoisonEvents;
import dev.newspipe.infra.PoisonEvents.Poison;
import dev.newspipe.infra.QuarkusInfraResource;
import dev.newspipe.infra.TestCredentials;
import dev.newspipe.infra.TopicProbe;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12: a readable record that breaks the enriched topic's contract is dead-lettered with a reason naming the
 * field, and the partition flows: the article written after it on the same partition is stored. The poison records
 * are made from the schema itself ({@link PoisonEvents}): every required field, at every depth, missing, null and
 * of another type; and tags whose offsets leave or miss their text.
 */
@QuarkusTest
@WithTestResource(value = QuarkusInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "postgres", value = "true"))
class ContractViolationsTest {

    private static final String TITLE = "トランプ・習会談を前に";
    private static final String BODY = "ドナルド・トランプ米大統領は木曜日に韓国で習近平国家主席と会談する。";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = TestCredentials.READER_KEY)
    String readerKey;

    private RequestSpecification given() {
        return RestAssured.given().header("Authorization", "ApiKey " + readerKey);
    }

    /** A valid event with every kind of nested object the schema describes: entities and mentions, dates, topics. */
    private static ArticleEnriched valid(String id) {
        return new ArticleEnriched(1, id, TITLE, BODY, "2025-10-28T09:30:00+09:00", "Asia Times",
                "https://example.com/" + id, "Jeff Pao", "ja", "ja", Instant.parse("2025-10-28T00:00:00Z"),
                Instant.parse("2025-10-28T00:00:01Z"),
                List.of(new EntityTag("ドナルド・トランプ", EntityType.PERSON, "Donald Trump", "donald-trump", 0.9,
                        List.of(new Mention("ドナルド・トランプ", TextField.BODY, 0, 9), new Mention("トランプ", TextField.TITLE, 0, 4)))),
                List.of(new DateTag("木曜日", "2025-10-30", TextField.BODY, 14, 17)),
                List.of(new TopicTag("medtop:20000344", "international trade", "medtop:04000000", 0.7)));
    }

    private static byte[] bytes(ArticleEnriched event) {
        return new EventSerializer<ArticleEnriched>().serialize(Topics.ENRICHED, event);
    }

    private void awaitStored(String id) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> given().get("/articles/" + id).statusCode() == 200);
    }

    @Test
    void everyRecordThatBreaksTheContractIsDeadLetteredNamingTheFieldAndThePartitionFlows() {
        List<Poison> poisons = new ArrayList<>(PoisonEvents.fromSchema(EventSchema.ENRICHED, valid("cv-template")));
        poisons.addAll(PoisonEvents.spans(valid("cv-template")));
        TopicProbe probe = new TopicProbe(bootstrap);
        int partition = probe.partitions(Topics.ENRICHED).get(0);
        List<Map.Entry<String, byte[]>> records = new ArrayList<>();
        for (int i = 0; i < poisons.size(); i++) {
            records.add(Map.entry("cv-poison-" + i, poisons.get(i).value()));
        }
        records.add(Map.entry("cv-after", bytes(valid("cv-after"))));
        probe.sendAll(Topics.ENRICHED, partition, records);

        awaitStored("cv-after");
        List<ConsumerRecord<String, String>> dead = probe.await(Topics.DLQ_STORE,
                r -> r.key() != null && r.key().startsWith("cv-poison-"), poisons.size(), Duration.ofSeconds(60));
        Map<String, ConsumerRecord<String, String>> byKey = new HashMap<>();
        dead.forEach(r -> byKey.put(r.key(), r));
        assertEquals(poisons.size(), dead.size(), "each poison record dead-lettered once");
        for (int i = 0; i < poisons.size(); i++) {
            Poison poison = poisons.get(i);
            ConsumerRecord<String, String> letter = byKey.get("cv-poison-" + i);
            assertNotNull(letter, poison.name() + " was not dead-lettered");
            String reason = DeadLetterHeaders.text(letter.headers(), DeadLetterHeaders.REASON);
            assertTrue(reason.contains(poison.pointer() + ": "), poison.name() + ": the reason names the field: " + reason);
            assertEquals("store", DeadLetterHeaders.text(letter.headers(), DeadLetterHeaders.STAGE));
            assertEquals(Topics.ENRICHED, DeadLetterHeaders.text(letter.headers(), DeadLetterHeaders.TOPIC));
            assertEquals(Integer.toString(partition), DeadLetterHeaders.text(letter.headers(), DeadLetterHeaders.PARTITION));
            assertEquals(new String(poison.value(), StandardCharsets.UTF_8), letter.value(), "the record as it came");
        }
        given().get("/articles/cv-template").then().statusCode(404);
        assertTrue(poisons.size() > 90, "the schema's required fields at every depth: " + poisons.size());
    }

    /** The issue's reproduction: {"schema_version":1,"id":"x"} on every partition, then an article on each. */
    @Test
    void theIssuesRecordOnEveryPartitionIsDeadLetteredAndTheArticlesBehindItStored() {
        TopicProbe probe = new TopicProbe(bootstrap);
        List<Integer> partitions = probe.partitions(Topics.ENRICHED);
        for (int p : partitions) {
            probe.sendAll(Topics.ENRICHED, p, List.of(
                    Map.entry("issue12-x", "{\"schema_version\":1,\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8)),
                    Map.entry("issue12-after-" + p, bytes(valid("issue12-after-" + p)))));
        }
        partitions.forEach(p -> awaitStored("issue12-after-" + p));
        List<ConsumerRecord<String, String>> dead = probe.await(Topics.DLQ_STORE, r -> "issue12-x".equals(r.key()),
                partitions.size(), Duration.ofSeconds(60));
        assertEquals(partitions.size(), dead.size());
        for (ConsumerRecord<String, String> letter : dead) {
            String reason = DeadLetterHeaders.text(letter.headers(), DeadLetterHeaders.REASON);
            assertTrue(reason.contains("/ingested_at: required property 'ingested_at' not found"), reason);
            assertEquals("dev.newspipe.contract.validation.ContractViolationException",
                    DeadLetterHeaders.text(letter.headers(), DeadLetterHeaders.EXCEPTION_CLASS_NAME));
        }
    }
}
