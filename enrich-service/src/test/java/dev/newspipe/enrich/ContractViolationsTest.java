package dev.newspipe.enrich;

import dev.newspipe.contract.ArticleSubmitted;
import dev.newspipe.contract.DeadLetterHeaders;
import dev.newspipe.contract.Topics;
import dev.newspipe.contract.kafka.EventSerializer;
import dev.newspipe.contract.validation.EventSchema;
import dev.newspipe.infra.PoisonEvents;
import dev.newspipe.infra.PoisonEvents.Poison;
import dev.newspipe.infra.QuarkusInfraResource;
import dev.newspipe.infra.TopicProbe;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12: a readable record that breaks the submitted topic's contract is dead-lettered with a reason naming the
 * field, and the article written after it on the same partition is enriched. The poison records come from the
 * schema itself ({@link PoisonEvents}): every required field missing, null and of another type.
 */
@QuarkusTest
@WithTestResource(value = QuarkusInfraResource.class, scope = TestResourceScope.GLOBAL)
class ContractViolationsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private static ArticleSubmitted valid(String id) {
        return new ArticleSubmitted(1, id, "Trade truce holds", "Markets rose after the two sides agreed to pause tariffs.",
                "2025-10-28T09:30:00+09:00", "Test", "https://example.com/" + id, "A. Writer", "en",
                Instant.parse("2025-10-28T00:00:00Z"));
    }

    @Test
    void everyRecordThatBreaksTheContractIsDeadLetteredNamingTheFieldAndThePartitionFlows() {
        List<Poison> poisons = PoisonEvents.fromSchema(EventSchema.SUBMITTED, valid("cv-template"));
        TopicProbe probe = new TopicProbe(bootstrap);
        int partition = probe.partitions(Topics.SUBMITTED).get(0);
        List<Map.Entry<String, byte[]>> records = new ArrayList<>();
        for (int i = 0; i < poisons.size(); i++) {
            records.add(Map.entry("cv-poison-" + i, poisons.get(i).value()));
        }
        records.add(Map.entry("cv-after", new EventSerializer<ArticleSubmitted>().serialize(Topics.SUBMITTED, valid("cv-after"))));
        records.add(Map.entry("issue12-x", "{\"schema_version\":1,\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8)));
        records.add(Map.entry("cv-after-x", new EventSerializer<ArticleSubmitted>().serialize(Topics.SUBMITTED, valid("cv-after-x"))));
        probe.sendAll(Topics.SUBMITTED, partition, records);

        assertEquals(1, probe.await(Topics.ENRICHED, r -> "cv-after-x".equals(r.key()), 1, Duration.ofSeconds(60)).size(),
                "the articles after the poison records are enriched");
        assertEquals(1, probe.await(Topics.ENRICHED, r -> "cv-after".equals(r.key()), 1, Duration.ofSeconds(10)).size());
        List<ConsumerRecord<String, String>> dead = probe.await(Topics.DLQ_ENRICH,
                r -> r.key() != null && (r.key().startsWith("cv-poison-") || r.key().equals("issue12-x")),
                poisons.size() + 1, Duration.ofSeconds(30));
        Map<String, ConsumerRecord<String, String>> byKey = new HashMap<>();
        dead.forEach(r -> byKey.put(r.key(), r));
        assertEquals(poisons.size() + 1, dead.size(), "each poison record dead-lettered once");
        for (int i = 0; i < poisons.size(); i++) {
            Poison poison = poisons.get(i);
            ConsumerRecord<String, String> letter = byKey.get("cv-poison-" + i);
            assertNotNull(letter, poison.name() + " was not dead-lettered");
            String reason = DeadLetterHeaders.text(letter.headers(), DeadLetterHeaders.REASON);
            assertTrue(reason.contains(poison.pointer() + ": "), poison.name() + ": the reason names the field: " + reason);
            assertEquals("enrich", DeadLetterHeaders.text(letter.headers(), DeadLetterHeaders.STAGE));
            assertEquals(Integer.toString(partition), DeadLetterHeaders.text(letter.headers(), DeadLetterHeaders.PARTITION));
        }
        assertTrue(DeadLetterHeaders.text(byKey.get("issue12-x").headers(), DeadLetterHeaders.REASON)
                .contains("/ingested_at: required property 'ingested_at' not found"));
        assertTrue(poisons.size() >= 18, "6 required fields, 3 ways each: " + poisons.size());
        assertTrue(probe.await(Topics.ENRICHED, r -> "cv-template".equals(r.key()), 1, Duration.ofSeconds(2)).isEmpty(),
                "no poison record was enriched");
    }
}
