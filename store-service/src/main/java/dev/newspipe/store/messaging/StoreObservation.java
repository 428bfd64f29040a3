package dev.newspipe.store.messaging;

import dev.newspipe.observability.ArticleMdc;
import dev.newspipe.observability.KafkaTraceContext;
import dev.newspipe.observability.PipelineMetrics;
import dev.newspipe.store.service.EnrichedArticleWriter.Outcome;
import dev.newspipe.store.service.EnrichedArticleWriter.Received;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Traces and counts a store write. A batch holds articles of many traces, so each article gets its own
 * {@code store article} span, a child of the trace its record carried (its {@code traceparent} header, written by
 * enrich-service) and linked to the {@code store batch} span of the one insert they share: the article's trace ends
 * in a span that lasts as long as the database transaction that stored it. Counts written and skipped rows and the
 * enriched-to-stored latency of the written ones once the transaction has committed.
 */
@ApplicationScoped
public class StoreObservation {

    private static final Logger LOG = Logger.getLogger(StoreObservation.class);

    /** A write that may wait between retries. */
    @FunctionalInterface
    public interface Write {
        Outcome run() throws InterruptedException;
    }

    private final Tracer tracer;
    private final PipelineMetrics metrics;

    public StoreObservation(Tracer tracer, PipelineMetrics metrics) {
        this.tracer = tracer;
        this.metrics = metrics;
    }

    /** Runs {@code write} for {@code articles} (read from {@code sources}, same order) inside their spans. */
    public Outcome write(List<KafkaRecord<String, byte[]>> sources, List<Received> articles, Write write)
            throws InterruptedException {
        // Its own trace: the batch belongs to none of its articles more than to the others.
        Span batch = tracer.spanBuilder("store batch").setNoParent().setSpanKind(SpanKind.INTERNAL)
                .setAttribute("newspipe.batch.size", (long) articles.size()).startSpan();
        List<Span> spans = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            String id = articles.get(i).event().id();
            spans.add(tracer.spanBuilder("store article")
                    .setParent(KafkaTraceContext.extract(sources.get(i).getHeaders()))
                    .setSpanKind(SpanKind.CONSUMER)
                    .addLink(batch.getSpanContext())
                    .setAttribute("newspipe.article.id", id)
                    .setAttribute("messaging.kafka.partition", (long) sources.get(i).getPartition())
                    .startSpan());
        }
        try (Scope ignored = batch.makeCurrent()) {
            Outcome outcome = write.run();
            Instant committed = Instant.now();
            metrics.stored(outcome.written(), outcome.unchanged());
            for (int i = 0; i < articles.size(); i++) {
                Received article = articles.get(i);
                boolean written = outcome.writtenIds().contains(article.event().id());
                spans.get(i).setAttribute("newspipe.store.written", written);
                if (written) {
                    metrics.enrichedToStored(article.event().enrichedAt(), committed);
                }
                try (Scope scope = spans.get(i).makeCurrent();
                        ArticleMdc mdc = ArticleMdc.of(article.event().id())) {
                    LOG.debugf("Article %s %s", article.event().id(), written ? "stored" : "unchanged (duplicate or stale)");
                }
            }
            return outcome;
        } catch (RuntimeException | InterruptedException e) {
            batch.setStatus(StatusCode.ERROR, e.toString());
            spans.forEach(span -> span.setStatus(StatusCode.ERROR, e.toString()));
            throw e;
        } finally {
            spans.forEach(Span::end);
            batch.end();
        }
    }
}
