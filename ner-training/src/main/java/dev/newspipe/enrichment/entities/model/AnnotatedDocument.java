package dev.newspipe.enrichment.entities.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A document of the open corpora ({@code ../shared/ner/README.md}): its body and gold name spans, converted
 * from the files' code-point offsets to UTF-16 offsets as the runtime reports them; {@code json} is the line as read.
 */
record AnnotatedDocument(String id, String body, List<Span> spans, String json) {

    record Span(int start, int end, String type) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    static List<AnnotatedDocument> read(Path file) {
        List<AnnotatedDocument> documents = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                String body = node.path("body").asText("");
                List<Span> spans = new ArrayList<>();
                for (JsonNode span : node.path("spans")) {
                    int start = body.offsetByCodePoints(0, span.path("start").asInt());
                    int end = body.offsetByCodePoints(0, span.path("end").asInt());
                    spans.add(new Span(start, end, span.path("type").asText()));
                }
                documents.add(new AnnotatedDocument(node.path("id").asText(), body, List.copyOf(spans), line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return documents;
    }

    /**
     * The gold label index ({@link Labels#ALL}) of each unit: B- on the first unit a span touches, I- on the
     * others; a unit touched by no span is O. Spans that start or end inside a unit are widened to it (the
     * model can only label whole units); {@code misaligned[0]} counts them.
     */
    int[] labels(Units u, int[] misaligned) {
        int[] labels = new int[u.count];
        int i = 0;
        for (Span span : spans) {
            String begin = Labels.begin(span.type());
            if (begin == null) {
                continue;
            }
            while (i < u.count && u.end[i] <= span.start()) {
                i++;
            }
            if (i >= u.count) {
                break;
            }
            int first = i;
            if (u.start[first] >= span.end()) {
                continue; // a span over spaces only
            }
            int last = first;
            while (last + 1 < u.count && u.start[last + 1] < span.end()) {
                last++;
            }
            if (u.start[first] != span.start() || u.end[last] != span.end()) {
                misaligned[0]++;
            }
            if (labels[first] != 0) {
                continue; // overlaps the previous span's last unit
            }
            labels[first] = Labels.ALL.indexOf(begin);
            for (int k = first + 1; k <= last; k++) {
                labels[k] = Labels.ALL.indexOf(Labels.inside(span.type()));
            }
            i = last + 1;
        }
        return labels;
    }
}
