package dev.newspipe.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newspipe.contract.ArticleEnriched;
import dev.newspipe.contract.ArticleSubmitted;
import dev.newspipe.contract.EventJson;
import dev.newspipe.enrichment.Enricher;
import dev.newspipe.enrichment.cli.TagCommand;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Single-threaded enrichment throughput, articles per second, in a 512 MiB heap (the service's budget).
 * {@code corpus}: {@code ja-sample} is the Asia Times sample (~9 KB of Japanese); {@code en}, {@code ja},
 * {@code zh} cycle through the dev set's articles of that language.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Xms512m"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class EnricherBenchmark {

    @Param({"ja-sample", "en", "ja", "zh"})
    public String corpus;

    private Enricher enricher;
    private List<ArticleSubmitted> articles;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        enricher = new Enricher(TagCommand.DEFAULT_LANGUAGES);
        Path shared = Path.of(System.getProperty("newspipe.shared", "../shared"));
        articles = new ArrayList<>();
        if (corpus.equals("ja-sample")) {
            articles.add(article(EventJson.MAPPER.readTree(shared.resolve("samples/asia-times-2025-10-28-ja.json").toFile())));
        } else {
            for (String line : Files.readAllLines(shared.resolve("eval/dev.jsonl"))) {
                JsonNode node = EventJson.MAPPER.readTree(line);
                if (corpus.equals(node.path("lang").asText())) {
                    articles.add(article(node));
                }
            }
        }
    }

    private static ArticleSubmitted article(JsonNode node) {
        return new ArticleSubmitted(1, node.path("id").asText("sample"), node.get("title").asText(),
                node.get("body").asText(), node.get("published_at").asText(), null, null, null, null, Instant.now());
    }

    @Benchmark
    public ArticleEnriched enrich() {
        ArticleSubmitted article = articles.get(next);
        next = (next + 1) % articles.size();
        return enricher.enrich(article, Instant.EPOCH);
    }
}
