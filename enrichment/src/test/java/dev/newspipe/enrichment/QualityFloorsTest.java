package dev.newspipe.enrichment;

import dev.newspipe.enrichment.cli.TagCommand;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Quality regression guard: tags an annotated set exactly as {@code ./pipeline tag} does, scores it with the
 * team's own scorer ({@code shared/eval/score.py}, run with python3) and fails when any language's entity,
 * date or topic F1 falls below its floor in {@code quality-floors.properties}. The sets: the shared dev set
 * (floors {@code <lang>.<metric>}), and our own {@code eval/tuning-<lang>.jsonl} and {@code eval/heldout-<lang>.jsonl}
 * (floors {@code tuning.<lang>.<metric>}, {@code heldout.<lang>.<metric>}), and the test files of the open corpora
 * in {@code shared/ner/} that nobody here wrote and nothing was tuned on (floors {@code open.<file>.<lang>.entities}).
 */
class QualityFloorsTest {

    private static final Pattern SCORE_LINE =
            Pattern.compile("^(\\w+)\\s+(entities|dates|topics)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)");

    /** The test files of {@code shared/ner/} ({@code <lang>/<name>}); their training files are not scored here. */
    static final List<String> OPEN_TEST_FILES =
            List.of("en/uner-pud-news", "en/uner-pud-wiki", "ja/gsd-test", "zh/uner-pud", "zh/uner-gsdsimp-test");

    static Stream<Arguments> annotatedSets() {
        Stream.Builder<Arguments> sets = Stream.builder();
        sets.add(Arguments.of("dev", SharedFiles.path("eval/dev.jsonl"), "", ""));
        for (String kind : List.of("tuning", "heldout")) {
            for (String language : List.of("en", "ja", "zh")) {
                Path file = Path.of("src", "test", "resources", "eval", kind + "-" + language + ".jsonl");
                sets.add(Arguments.of(kind + "-" + language, file, kind + ".", language));
            }
        }
        for (String open : OPEN_TEST_FILES) {
            String language = open.substring(0, open.indexOf('/'));
            String name = open.substring(open.indexOf('/') + 1);
            sets.add(Arguments.of(open, SharedFiles.path("ner/" + open + ".jsonl"), "open." + name + ".", language));
        }
        return sets.build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("annotatedSets")
    void scoresStayAboveTheirFloors(String name, Path gold, String floorPrefix, String language) throws Exception {
        assertTrue(Files.isRegularFile(gold), gold + " is missing");
        Path scorer = SharedFiles.path("eval/score.py");
        Path predictions = Path.of("target", name.replace('/', '-') + "-predictions.jsonl");
        Files.createDirectories(predictions.getParent());
        Enricher enricher = new Enricher(TagCommand.DEFAULT_LANGUAGES);
        try (Reader in = Files.newBufferedReader(gold, StandardCharsets.UTF_8);
             Writer out = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
            TagCommand.tag(enricher, in, out);
        }

        Process python = new ProcessBuilder("python3", scorer.toString(), gold.toString(), predictions.toString())
                .redirectErrorStream(true).start();
        String report = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(python.waitFor(60, TimeUnit.SECONDS), "score.py did not finish");
        assertEquals(0, python.exitValue(), report);
        System.out.println(report);

        Properties floors = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/quality-floors.properties")) {
            floors.load(in);
        }
        List<String> below = new ArrayList<>();
        int checked = 0;
        for (String line : report.split("\n")) {
            Matcher m = SCORE_LINE.matcher(line);
            if (!m.find() || m.group(1).equals("ALL")) {
                continue;
            }
            String metric = floorPrefix + m.group(1) + "." + m.group(2);
            String floor = floors.getProperty(metric);
            if (floor == null) {
                continue;
            }
            checked++;
            double f1 = Double.parseDouble(m.group(5));
            if (f1 < Double.parseDouble(floor)) {
                below.add(metric + " F1 " + f1 + " < floor " + floor);
            }
        }
        // Every floor of this set (its prefix, then "<lang>.<metric>") must have been checked.
        long expected = floors.stringPropertyNames().stream()
                .filter(key -> key.startsWith(floorPrefix))
                .map(key -> key.substring(floorPrefix.length()))
                .filter(rest -> rest.indexOf('.') == rest.lastIndexOf('.'))
                .filter(rest -> language.isEmpty() || rest.startsWith(language + "."))
                .count();
        assertTrue(checked > 0 && checked == expected, "every floor of " + name + " must match a line of the scorer's"
                + " report (" + checked + " of " + expected + "):\n" + report);
        assertTrue(below.isEmpty(), () -> "Quality dropped: " + below + "\n" + report);
    }
}
