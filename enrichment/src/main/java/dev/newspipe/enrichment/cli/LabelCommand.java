package dev.newspipe.enrichment.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newspipe.contract.EventJson;
import dev.newspipe.enrichment.entities.model.LabelledSpan;
import dev.newspipe.enrichment.entities.model.NameModel;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code ./pipeline label IN.jsonl > OUT.jsonl}: the name model alone (no rules, no language
 * identification: the line's {@code lang} or {@code language} field picks the model) over annotated
 * articles, written in the prediction format of {@code shared/eval/score.py} (entities only).
 */
public final class LabelCommand {

    private LabelCommand() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ./pipeline label IN.jsonl > OUT.jsonl");
            System.exit(2);
        }
        Map<String, NameModel> models = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
             Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode article = EventJson.MAPPER.readTree(line);
                String language = article.hasNonNull("lang") ? article.get("lang").asText() : article.path("language").asText();
                String body = article.path("body").asText("");
                NameModel model = models.computeIfAbsent(language, NameModel::load);
                out.write(EventJson.MAPPER.writeValueAsString(
                        prediction(article.path("id").asText(), language, body, model.label(body))));
                out.write('\n');
            }
        }
    }

    /** The scorer's view of the spans found in {@code body}: each distinct (surface, type) once. */
    public static ObjectNode prediction(String id, String language, String body, List<LabelledSpan> spans) {
        ObjectNode prediction = EventJson.MAPPER.createObjectNode();
        prediction.put("id", id);
        prediction.put("language", language);
        ArrayNode entities = prediction.putArray("entities");
        Set<String> seen = new HashSet<>();
        for (LabelledSpan span : spans) {
            String text = span.text(body);
            if (seen.add(span.type() + "\t" + text)) {
                entities.addObject().put("text", text).put("type", span.type().name()).put("canonical", text);
            }
        }
        prediction.putArray("dates");
        prediction.putArray("topics");
        return prediction;
    }
}
