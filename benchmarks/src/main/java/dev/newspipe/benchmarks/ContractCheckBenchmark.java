package dev.newspipe.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newspipe.contract.ArticleEnriched;
import dev.newspipe.contract.ArticleSubmitted;
import dev.newspipe.contract.EventJson;
import dev.newspipe.contract.Topics;
import dev.newspipe.contract.kafka.ArticleEnrichedDeserializer;
import dev.newspipe.contract.kafka.ArticleSubmittedDeserializer;
import dev.newspipe.contract.kafka.EventSerializer;
import dev.newspipe.enrichment.Enricher;
import dev.newspipe.enrichment.cli.TagCommand;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * What the contract check costs a consumer per record, on one thread: reading the ~9 KB Asia Times sample as
 * enrich-service reads it (news.articles.submitted) and its enriched form as store-service reads it and enrich-service
 * reads back what it is about to publish (news.articles.enriched), each as JSON only ({@code *JsonOnly}: parse and
 * bind, what the deserializers did before issue 12) and through the contract's deserializers (JSON Schema and, for
 * the enriched form, the offsets inside their text).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Xms512m"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class ContractCheckBenchmark {

    private byte[] submitted;
    private byte[] enriched;
    private final ArticleSubmittedDeserializer submittedReader = new ArticleSubmittedDeserializer();
    private final ArticleEnrichedDeserializer enrichedReader = new ArticleEnrichedDeserializer();

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path shared = Path.of(System.getProperty("newspipe.shared", "../shared"));
        JsonNode sample = EventJson.MAPPER.readTree(shared.resolve("samples/asia-times-2025-10-28-ja.json").toFile());
        ArticleSubmitted article = new ArticleSubmitted(1, "c-0123456789abcdef", sample.get("title").asText(),
                sample.get("body").asText(), sample.get("published_at").asText(), "Asia Times", "https://asiatimes.com/x",
                "Jeff Pao", "ja", Instant.parse("2025-10-28T00:00:00Z"));
        submitted = new EventSerializer<ArticleSubmitted>().serialize(Topics.SUBMITTED, article);
        ArticleEnriched enrichedArticle = new Enricher(TagCommand.DEFAULT_LANGUAGES).enrich(article, Instant.EPOCH);
        enriched = new EventSerializer<ArticleEnriched>().serialize(Topics.ENRICHED, enrichedArticle);
        System.out.printf("%nsubmitted: %d bytes; enriched: %d bytes, %d entities, %d dates, %d topics%n", submitted.length,
                enriched.length, enrichedArticle.entities().size(), enrichedArticle.dates().size(), enrichedArticle.topics().size());
    }

    @Benchmark
    public ArticleSubmitted submittedJsonOnly() throws IOException {
        return EventJson.MAPPER.treeToValue(EventJson.MAPPER.readTree(submitted), ArticleSubmitted.class);
    }

    @Benchmark
    public ArticleSubmitted submittedChecked() {
        return submittedReader.deserialize(Topics.SUBMITTED, submitted);
    }

    @Benchmark
    public ArticleEnriched enrichedJsonOnly() throws IOException {
        return EventJson.MAPPER.treeToValue(EventJson.MAPPER.readTree(enriched), ArticleEnriched.class);
    }

    @Benchmark
    public ArticleEnriched enrichedChecked() {
        return enrichedReader.deserialize(Topics.ENRICHED, enriched);
    }
}
