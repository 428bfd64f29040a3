package dev.newspipe.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newspipe.contract.EventJson;
import dev.newspipe.enrichment.entities.model.LabelledSpan;
import dev.newspipe.enrichment.entities.model.NameModel;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The name model alone ({@code NameModel.label} on title and body), milliseconds per article, one thread,
 * 512 MiB heap. {@code ja-sample}: the Asia Times sample; {@code en}, {@code ja}, {@code zh}: the dev set's
 * articles of that language in turn. {@code kuromoji} is the Japanese segmentation alone, the part of
 * {@code label} the enricher's rules also pay for.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Xms512m"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class NameModelBenchmark {

    @Param({"ja-sample", "en", "ja", "zh"})
    public String corpus;

    private NameModel model;
    private List<String> texts;
    private int next;
    private final JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL);
    private final OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path shared = Path.of(System.getProperty("newspipe.shared", "../shared"));
        texts = new ArrayList<>();
        String language = corpus.equals("ja-sample") ? "ja" : corpus;
        model = NameModel.load(language);
        if (corpus.equals("ja-sample")) {
            texts.add(text(EventJson.MAPPER.readTree(shared.resolve("samples/asia-times-2025-10-28-ja.json").toFile())));
        } else {
            for (String line : Files.readAllLines(shared.resolve("eval/dev.jsonl"))) {
                JsonNode node = EventJson.MAPPER.readTree(line);
                if (corpus.equals(node.path("lang").asText())) {
                    texts.add(text(node));
                }
            }
        }
    }

    private static String text(JsonNode node) {
        return node.path("title").asText("") + "\n\n" + node.path("body").asText("");
    }

    @Benchmark
    public List<LabelledSpan> label() {
        String text = texts.get(next);
        next = (next + 1) % texts.size();
        return model.label(text);
    }

    @Benchmark
    public int kuromoji() throws IOException {
        String text = texts.get(next);
        next = (next + 1) % texts.size();
        int n = 0;
        tokenizer.setReader(new StringReader(text));
        tokenizer.reset();
        while (tokenizer.incrementToken()) {
            n += offset.endOffset();
        }
        tokenizer.end();
        tokenizer.close();
        return n;
    }
}
