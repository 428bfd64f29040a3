package dev.newspipe.enrichment;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newspipe.contract.ArticleEnriched;
import dev.newspipe.contract.ArticleSubmitted;
import dev.newspipe.contract.EventJson;
import dev.newspipe.contract.Topics;
import dev.newspipe.contract.kafka.ArticleEnrichedDeserializer;
import dev.newspipe.contract.kafka.EventSerializer;
import dev.newspipe.enrichment.cli.TagCommand;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the enricher writes, store-service reads: every article of the dev set and of our tuning and held-out sets,
 * and sentences with each kind of date value, enriched and then read with the store's own deserializer (the topic's
 * JSON Schema and the offsets inside their text). A value the enricher writes and the schema does not allow (a
 * century, 19XX, once) would otherwise reach the store and be dead-lettered there.
 */
class EnrichedEventsMeetTheContractTest {

    @Test
    void everyEnrichedEvalArticleMeetsTheEnrichedTopicsContract() throws IOException {
        List<ArticleSubmitted> articles = new ArrayList<>();
        List<Path> sets = new ArrayList<>(List.of(SharedFiles.path("eval/dev.jsonl")));
        try (var files = Files.list(Path.of("src", "test", "resources", "eval"))) {
            files.filter(f -> f.toString().endsWith(".jsonl")).sorted().forEach(sets::add);
        }
        for (Path set : sets) {
            for (String line : Files.readAllLines(set)) {
                if (!line.isBlank()) {
                    JsonNode a = EventJson.MAPPER.readTree(line);
                    articles.add(article(a.path("id").asText(), a.path("title").asText("t"), a.path("body").asText(),
                            a.path("published_at").asText("2025-10-28")));
                }
            }
        }
        articles.add(article("dates-en", "Dates", "On 3 November 2025, in November, in 2024, in the 1990s and in the "
                + "19th century; next Thursday.", "2025-10-28"));
        articles.add(article("dates-ja", "日付", "2025年11月3日、11月、2024年、1990年代、19世紀、来週の木曜日。", "2025-10-28"));
        articles.add(article("dates-zh", "日期", "2025年11月3日、11月、2024年、上世纪90年代、19世纪、下周四。", "2025-10-28"));

        Enricher enricher = new Enricher(TagCommand.DEFAULT_LANGUAGES);
        ArticleEnrichedDeserializer storeReader = new ArticleEnrichedDeserializer();
        List<String> refused = new ArrayList<>();
        boolean century = false;
        for (ArticleSubmitted article : articles) {
            ArticleEnriched enriched = enricher.enrich(article, Instant.parse("2025-10-28T00:00:01Z"));
            century |= enriched.dates().stream().anyMatch(d -> d.value().endsWith("XX"));
            try {
                storeReader.deserialize(Topics.ENRICHED, new EventSerializer<ArticleEnriched>().serialize(Topics.ENRICHED, enriched));
            } catch (SerializationException e) {
                refused.add(e.getMessage());
            }
        }
        assertTrue(refused.isEmpty(), refused.size() + " of " + articles.size() + " refused: " + String.join("\n", refused));
        assertTrue(century, "a century among the dates");
        assertTrue(articles.size() > 80, "the dev set, our tuning and held-out sets: " + articles.size());
    }

    private static ArticleSubmitted article(String id, String title, String body, String publishedAt) {
        return new ArticleSubmitted(1, id, title, body, publishedAt, null, null, null, null, Instant.parse("2025-10-28T00:00:00Z"));
    }
}
