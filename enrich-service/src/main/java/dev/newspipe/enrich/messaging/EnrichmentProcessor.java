package dev.newspipe.enrich.messaging;

import dev.newspipe.contract.ArticleEnriched;
import dev.newspipe.contract.ArticleSubmitted;
import dev.newspipe.contract.DeadLetterHeaders;
import dev.newspipe.contract.kafka.ArticleEnrichedDeserializer;
import dev.newspipe.contract.kafka.ArticleSubmittedDeserializer;
import dev.newspipe.contract.kafka.EventSerializer;
import dev.newspipe.contract.Topics;
import dev.newspipe.enrich.service.Enricher;
import dev.newspipe.observability.ArticleMdc;
import dev.newspipe.observability.KafkaTraceContext;
import dev.newspipe.observability.PipelineMetrics;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.quarkus.runtime.Quarkus;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.transactions.KafkaTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * news.articles.submitted → news.articles.enriched, exactly once as a {@code read_committed} consumer sees it.
 * <p>
 * One Kafka transaction per poll batch ({@link KafkaTransactions#withTransaction(Message, java.util.function.Function)},
 * SmallRye's exactly-once processing): the enriched records, the dead letters of the batch and the batch's
 * consumer offsets are committed together, or not at all. A crash or a failed transaction leaves nothing visible
 * downstream, and the batch is read again from the last committed offsets.
 * <p>
 * A record that cannot be read or enriched is not a reason to fail the batch: it goes, as its original bytes with
 * {@link DeadLetterHeaders}, to the dead-letter topic in the same transaction, and its neighbours go on. That is
 * every failure of {@link #process}: reading (JSON, schema version, the topic's JSON Schema), enriching and writing
 * the result involve no I/O, so a failure there is the record's (bad data) or the code's (a bug), and would come
 * back on every attempt. Only the transaction, the broker's part, is retried ({@link #retryLater}).
 */
@ApplicationScoped
public class EnrichmentProcessor {

    private static final Logger LOG = Logger.getLogger(EnrichmentProcessor.class);
    private static final String CHANNEL = "articles-submitted";
    /** {@link DeadLetterHeaders#STAGE} of this service's dead letters. */
    static final String STAGE = "enrich";

    /** Between attempts at a batch whose transaction failed: the broker may be restarting, or a topic refusing writes. */
    static final Duration FIRST_RETRY = Duration.ofMillis(200);
    static final Duration LONGEST_RETRY = Duration.ofSeconds(5);
    /** Room left under max.request.size for the key, headers and record overhead. */
    private static final int RECORD_OVERHEAD = 1024;

    private final Enricher enricher;
    private final PipelineMetrics metrics;
    private final Tracer tracer;
    private final KafkaTransactions<byte[]> transactions;
    private final KafkaClientService kafka;
    private final String enrichedTopic;
    private final String deadLetterTopic;
    private final int maxRequestSize;
    private final ArticleSubmittedDeserializer reader = new ArticleSubmittedDeserializer();
    /** Reads back what is about to be published, as store-service will: see {@link #process}. */
    private final ArticleEnrichedDeserializer check = new ArticleEnrichedDeserializer();
    private final EventSerializer<Object> writer = new EventSerializer<>();
    private final AtomicInteger failedAttempts = new AtomicInteger();
    /** {@link Topics#ENRICHED_BY_HEADER} of every enriched record: this instance's id. */
    private final byte[] enrichedBy;

    public EnrichmentProcessor(Enricher enricher, PipelineMetrics metrics, Tracer tracer, TransactionalProducerConfig instance,
            @Channel("articles-enriched") KafkaTransactions<byte[]> transactions, KafkaClientService kafka,
            @ConfigProperty(name = "mp.messaging.outgoing.articles-enriched.topic") String enrichedTopic,
            @ConfigProperty(name = "enrich.dead-letter-topic") String deadLetterTopic,
            @ConfigProperty(name = "mp.messaging.outgoing.articles-enriched.max.request.size", defaultValue = "1048576")
            int maxRequestSize) {
        this.enricher = enricher;
        this.metrics = metrics;
        this.tracer = tracer;
        this.transactions = transactions;
        this.kafka = kafka;
        this.enrichedTopic = enrichedTopic;
        this.deadLetterTopic = deadLetterTopic;
        this.maxRequestSize = maxRequestSize;
        this.enrichedBy = instance.instanceId().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Enriches the whole batch first, on this worker thread and outside any transaction (the CPU-bound part), so
     * that the transaction itself lasts only as long as the sends and the commit: downstream consumers wait at the
     * last stable offset for no longer than that. Batches are processed one after the other (ordered), so
     * per-partition order is kept.
     */
    @Incoming(CHANNEL)
    @Blocking
    public Uni<Void> enrich(KafkaRecordBatch<String, byte[]> batch) {
        List<Message<byte[]>> output = new ArrayList<>(batch.getRecords().size());
        List<ArticleEnriched> enrichedArticles = new ArrayList<>();
        int deadLetters = 0;
        for (KafkaRecord<String, byte[]> record : batch) {
            Message<byte[]> out = process(record, enrichedArticles);
            output.add(out);
            if (out.getMetadata(OutgoingKafkaRecordMetadata.class).map(m -> deadLetterTopic.equals(m.getTopic())).orElse(false)) {
                deadLetters++;
            }
        }
        int dead = deadLetters;
        return transactions.withTransaction(batch, tx -> {
                    output.forEach(tx::send);
                    return Uni.createFrom().voidItem();
                })
                .onItem().transformToUni(committed -> {
                    failedAttempts.set(0);
                    // Counted once committed: what read_committed consumers downstream now see.
                    enrichedArticles.forEach(a -> metrics.enriched(a.ingestedAt(), a.enrichedAt()));
                    for (int i = 0; i < dead; i++) {
                        metrics.deadLettered("enrich");
                    }
                    LOG.debugf("Committed a batch of %d: %d enriched, %d dead-lettered", output.size(),
                            output.size() - dead, dead);
                    return Uni.createFrom().completionStage(batch.ack());
                })
                .onFailure().recoverWithUni(failure -> retryLater(batch, failure));
    }

    /**
     * The record's enriched form for the enriched topic, or its dead letter. Each article gets an {@code enrich article}
     * span in the trace its record carried (a batch mixes traces), and its outgoing record continues that trace: the
     * producer's span, and so the {@code traceparent} header store-service reads, descends from it.
     */
    private Message<byte[]> process(KafkaRecord<String, byte[]> record, List<ArticleEnriched> enrichedArticles) {
        Span span = tracer.spanBuilder("enrich article").setParent(KafkaTraceContext.extract(record.getHeaders()))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.kafka.partition", (long) record.getPartition())
                .startSpan();
        Context traced = Context.current().with(span);
        try (Scope ignored = span.makeCurrent(); ArticleMdc mdc = ArticleMdc.of(record.getKey())) {
            ArticleSubmitted article = reader.deserialize(record.getTopic(), record.getPayload());
            span.setAttribute("newspipe.article.id", article.id());
            ArticleEnriched enrichedArticle = enricher.enrich(article);
            byte[] enriched = writer.serialize(enrichedTopic, enrichedArticle);
            // An enrichment the contract refuses (an enricher bug: a span off its text, a value the schema does not
            // know) is dead-lettered here, as the submitted record, which can be replayed once the enricher is fixed;
            // published, it would be dead-lettered by the store as an enriched record that no fix can repair.
            check.deserialize(enrichedTopic, enriched);
            if (enriched.length + RECORD_OVERHEAD > maxRequestSize) {
                // The producer would refuse it, failing every attempt at this batch: a poison record like any other.
                throw new IllegalArgumentException("The enriched article is " + enriched.length
                        + " bytes, over the producer's max.request.size (" + maxRequestSize + ")");
            }
            enrichedArticles.add(enrichedArticle);
            LOG.debugf("Enriched %s: language %s", article.id(), enrichedArticle.language());
            return Message.of(enriched).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                    .withTopic(enrichedTopic).withKey(article.id())
                    .withHeaders(new RecordHeaders().add(Topics.ENRICHED_BY_HEADER, enrichedBy)).build())
                    .addMetadata(TracingMetadata.withCurrent(traced));
        } catch (RuntimeException e) {
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            long offset = record.getMetadata(IncomingKafkaRecordMetadata.class)
                    .map(IncomingKafkaRecordMetadata::getOffset).orElse(-1L);
            String reason = DeadLetterHeaders.reasonOf(e);
            try (ArticleMdc mdc = ArticleMdc.of(record.getKey(), traced)) {
                LOG.warnf("Dead-lettering %s-%d@%d: %s", record.getTopic(), record.getPartition(), offset, reason);
            }
            return Message.of(record.getPayload()).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                    .withTopic(deadLetterTopic).withKey(record.getKey())
                    .withHeaders(DeadLetterHeaders.of(STAGE, reason, e, record.getTopic(), record.getPartition(), offset,
                            record.getHeaders()))
                    .build())
                    .addMetadata(TracingMetadata.withCurrent(traced));
        } finally {
            span.end();
        }
    }

    /**
     * The transaction was aborted (broker unavailable, a write refused, a rebalance took partitions away) and
     * SmallRye has put the consumer back at the last committed offsets, so the batch comes again: nothing of it is
     * lost, and nothing of the aborted attempt is visible to {@code read_committed} consumers. Waits a little
     * longer each time so that a lasting failure does not spin.
     * <p>
     * Then puts the consumer back at the committed offsets once more, until that succeeds: SmallRye's own reset
     * right after the abort reads the committed offsets from the broker, and when the broker is unreachable for
     * longer than default.api.timeout.ms it fails, leaving the position after the aborted batch (whose records
     * would then be skipped) or the partitions paused. A second reset only re-reads what was polled meanwhile.
     * <p>
     * A producer that has been fenced (another process took its transactional.id) or failed fatally can never
     * commit again: the process exits, and the restarted instance fences what this one left open.
     */
    private Uni<Void> retryLater(KafkaRecordBatch<String, byte[]> batch, Throwable failure) {
        if (ProducerFailures.isFatal(failure)) {
            LOG.errorf(failure, "The transactional producer cannot be used any more (%s); exiting so that a restart "
                    + "takes over its transactional.id", ProducerFailures.describe(failure));
            Quarkus.asyncExit(1);
            return Uni.createFrom().voidItem();
        }
        int attempt = failedAttempts.incrementAndGet();
        Duration wait = backoff(attempt);
        LOG.warnf("Transaction for a batch of %d aborted (attempt %d, %s); the batch is read again in %d ms",
                batch.getRecords().size(), attempt, ProducerFailures.describe(failure), wait.toMillis());
        // Not nacked: with commit-strategy and failure-strategy ignore, a nack would only log once per record.
        return Uni.createFrom().voidItem().onItem().delayIt().by(wait)
                .chain(() -> kafka.getConsumer(CHANNEL).resetToLastCommittedPositions())
                .onFailure().invoke(e -> LOG.warnf("Cannot put the consumer back at the committed offsets yet (%s)",
                        ProducerFailures.describe(e)))
                .onFailure().retry().withBackOff(FIRST_RETRY, LONGEST_RETRY).indefinitely();
    }

    static Duration backoff(int attempt) {
        long millis = FIRST_RETRY.toMillis() << Math.min(attempt - 1, 10);
        return Duration.ofMillis(Math.min(millis, LONGEST_RETRY.toMillis()));
    }
}
