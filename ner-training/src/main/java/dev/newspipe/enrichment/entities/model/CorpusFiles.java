package dev.newspipe.enrichment.entities.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The training files of each language, relative to the shared directory's {@code ner/} (README there). */
final class CorpusFiles {

    static final Map<String, List<String>> TRAIN = Map.of(
            "ja", List.of("ja/gsd-train.jsonl", "ja/stockmark.jsonl"),
            "zh", List.of("zh/uner-gsdsimp-train.jsonl"),
            "en", List.of("en/uner-ewt-train.jsonl"));

    static final List<String> LANGUAGES = List.of("ja", "zh", "en");

    private CorpusFiles() {
    }

    /** {@code shared/ner} found from the working directory upwards, or from {@code -Dshared.dir}. */
    static Path nerDirectory() {
        String configured = System.getProperty("shared.dir");
        if (configured != null) {
            return Path.of(configured).resolve("ner");
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("ner");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No shared/ner beside " + Path.of("").toAbsolutePath() + " (set -Dshared.dir)");
    }
}
