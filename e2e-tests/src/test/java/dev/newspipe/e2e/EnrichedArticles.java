package dev.newspipe.e2e;

import dev.newspipe.contract.ArticleEnriched;
import dev.newspipe.contract.DateTag;
import dev.newspipe.contract.EntityTag;
import dev.newspipe.contract.EntityType;
import dev.newspipe.contract.Mention;
import dev.newspipe.contract.TextField;
import dev.newspipe.contract.TopicTag;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Enriched articles for the store's benchmarks and fault tests, shaped like real ones. */
public final class EnrichedArticles {

    private EnrichedArticles() {
    }

    /** An enriched article the size of the sample, with 10 entities of 3 mentions each, 8 dates and 3 topics. */
    public static ArticleEnriched sized(String id, String title, String body, int i) {
        List<EntityTag> entities = new ArrayList<>();
        EntityType[] types = EntityType.values();
        for (int e = 0; e < 10; e++) {
            List<Mention> mentions = new ArrayList<>();
            for (int m = 0; m < 3; m++) {
                int start = (e * 3 + m) * 97 % (body.length() - 10);
                mentions.add(new Mention(body.substring(start, start + 4), TextField.BODY, start, start + 4));
            }
            int entity = (i * 7 + e * 13) % 500; // 500 distinct entities shared across articles, as in real news
            entities.add(new EntityTag(mentions.get(0).text(), types[entity % 3], "Entity " + entity,
                    entity % 2 == 0 ? "bench-" + entity : null, 0.9, mentions));
        }
        List<DateTag> dates = new ArrayList<>();
        for (int d = 0; d < 8; d++) {
            int start = 200 + d * 300;
            dates.add(new DateTag(body.substring(start, start + 5), "2025-10-" + String.format("%02d", 10 + d),
                    TextField.BODY, start, start + 5));
        }
        List<TopicTag> topics = List.of(
                new TopicTag("medtop:20000344", "international trade", "medtop:04000000", 0.8),
                new TopicTag("medtop:04000000", "economy, business and finance", "medtop:04000000", 0.8),
                new TopicTag("medtop:11000000", "politics", "medtop:11000000", 0.6));
        return new ArticleEnriched(1, id, title, body, "2025-10-28", "Asia Times", null, "Jeff Pao", null, "ja",
                Instant.parse("2025-10-28T00:00:00Z"), Instant.parse("2025-10-28T00:00:01Z"), entities, dates, topics);
    }
}
