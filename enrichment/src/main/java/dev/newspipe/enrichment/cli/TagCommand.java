package dev.newspipe.enrichment.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newspipe.contract.ArticleEnriched;
import dev.newspipe.contract.ArticleSubmitted;
import dev.newspipe.contract.DateTag;
import dev.newspipe.contract.EntityTag;
import dev.newspipe.contract.EventJson;
import dev.newspipe.contract.Mention;
import dev.newspipe.contract.TopicTag;
import dev.newspipe.enrichment.Enricher;
import dev.newspipe.enrichment.entities.EntityMention;
import dev.newspipe.enrichment.entities.chain.Evidence;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;

/**
 * {@code ./pipeline tag IN.jsonl > OUT.jsonl}: runs the enricher, without Kafka, over articles given one
 * JSON object a line ({@code id, title, body, published_at}, optional {@code language} hint) and writes
 * one prediction a line in the format of {@code shared/eval/score.py}: each distinct entity surface with
 * its type (plus canonical and key), each date's text and value, and the topics.
 */
public final class TagCommand {

    public static final List<String> DEFAULT_LANGUAGES =
            List.of("ja", "zh", "en", "ko", "fr", "de", "es", "pt", "it", "nl", "ru", "ar", "vi", "th", "id");

    private TagCommand() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ./pipeline tag IN.jsonl > OUT.jsonl   (IN may be - for standard input)");
            System.exit(2);
        }
        Enricher enricher = new Enricher(DEFAULT_LANGUAGES);
        try (Reader in = args[0].equals("-") ? new InputStreamReader(System.in, StandardCharsets.UTF_8)
                : Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
             Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
            Map<String, Integer> byEvidence = tag(enricher, in, out);
            System.err.println("entity mentions by evidence: " + byEvidence);
        }
    }

    /**
     * Tags every article of {@code in} into {@code out}; returns how many entity mentions each kind of
     * {@link Evidence} won (what found the names: gazetteer, rules, model), "none" for a recogniser without one.
     */
    public static Map<String, Integer> tag(Enricher enricher, Reader in, Writer out) throws IOException {
        Map<String, Integer> byEvidence = new TreeMap<>();
        BufferedReader lines = new BufferedReader(in);
        for (String line; (line = lines.readLine()) != null; ) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode article = EventJson.MAPPER.readTree(line);
            Enricher.Explained explained = enricher.enrichExplained(toSubmitted(article), Instant.now());
            for (EntityMention mention : explained.mentions()) {
                String evidence = mention.evidence() == null ? "none" : mention.evidence().name();
                byEvidence.merge(evidence, 1, Integer::sum);
            }
            out.write(EventJson.MAPPER.writeValueAsString(prediction(explained.article())));
            out.write('\n');
        }
        out.flush();
        return byEvidence;
    }

    static ArticleSubmitted toSubmitted(JsonNode article) {
        return new ArticleSubmitted(ArticleSubmitted.SCHEMA_VERSION, text(article, "id"), text(article, "title"),
                text(article, "body"), text(article, "published_at"), text(article, "source"), text(article, "url"),
                text(article, "author"), text(article, "language"), Instant.now());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** The scorer's view of an enriched article. */
    public static ObjectNode prediction(ArticleEnriched enriched) {
        ObjectNode prediction = EventJson.MAPPER.createObjectNode();
        prediction.put("id", enriched.id());
        prediction.put("language", enriched.language());
        ArrayNode entities = prediction.putArray("entities");
        for (EntityTag entity : enriched.entities()) {
            Set<String> surfaces = new HashSet<>();
            for (Mention mention : entity.mentions()) {
                if (surfaces.add(mention.text())) {
                    ObjectNode e = entities.addObject();
                    e.put("text", mention.text());
                    e.put("type", entity.type().name());
                    e.put("canonical", entity.canonical());
                    if (entity.key() != null) {
                        e.put("key", entity.key());
                    }
                }
            }
        }
        ArrayNode dates = prediction.putArray("dates");
        for (DateTag date : enriched.dates()) {
            dates.addObject().put("text", date.text()).put("value", date.value());
        }
        ArrayNode topics = prediction.putArray("topics");
        for (TopicTag topic : enriched.topics()) {
            topics.addObject().put("code", topic.code()).put("label", topic.label()).put("top", topic.top())
                    .put("score", topic.score());
        }
        return prediction;
    }
}
