package dev.newspipe.store.messaging;

import dev.newspipe.contract.ArticleEnriched;
import dev.newspipe.contract.DeadLetterHeaders;
import dev.newspipe.contract.kafka.ArticleEnrichedDeserializer;
import dev.newspipe.observability.ArticleMdc;
import dev.newspipe.observability.KafkaTraceContext;
import dev.newspipe.store.service.EnrichedArticleWriter;
import dev.newspipe.store.service.EnrichedArticleWriter.Received;
import dev.newspipe.store.service.StoreFailures;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.errors.SerializationException;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * news.articles.enriched → PostgreSQL, a poll's worth of records at a time. Records that cannot be read, or that
 * break the topic's contract (its JSON Schema and offsets inside their text: {@link ArticleEnrichedDeserializer}),
 * are dead-lettered one by one (so one bad record never sends its neighbours away); the rest are
 * written in one transaction; only then is the batch acknowledged and its offsets committed. While the
 * database fails transiently (down, restarting) the write is retried with backoff and nothing is
 * dead-lettered; a record the database refuses for good is found by writing the batch record by record,
 * and dead-lettered alone ({@link StoreFailures}).
 */
@ApplicationScoped
public class EnrichedArticleConsumer {

    private static final Logger LOG = Logger.getLogger(EnrichedArticleConsumer.class);
    /** {@link DeadLetterHeaders#STAGE} of this service's dead letters. */
    static final String STAGE = "store";

    private final EnrichedArticleWriter writer;
    private final StoreObservation observation;
    private final MutinyEmitter<byte[]> deadLetters;
    private final WriteProgress progress;
    private final ArticleEnrichedDeserializer reader = new ArticleEnrichedDeserializer();

    public EnrichedArticleConsumer(EnrichedArticleWriter writer, StoreObservation observation,
            @Channel("store-dead-letters") MutinyEmitter<byte[]> deadLetters, WriteProgress progress) {
        this.writer = writer;
        this.observation = observation;
        this.deadLetters = deadLetters;
        this.progress = progress;
    }

    @Incoming("articles-enriched")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, byte[]> batch) throws InterruptedException {
        List<Received> readable = new ArrayList<>();
        List<KafkaRecord<String, byte[]>> sources = new ArrayList<>();
        for (KafkaRecord<String, byte[]> record : batch) {
            try {
                ArticleEnriched event = reader.deserialize(record.getTopic(), record.getPayload());
                readable.add(new Received(event, new String(record.getPayload(), StandardCharsets.UTF_8)));
                sources.add(record);
            } catch (SerializationException e) {
                deadLetter(record, e);
            }
        }
        if (!readable.isEmpty()) {
            try {
                EnrichedArticleWriter.Outcome outcome = observation.write(sources, readable, () -> writeRetrying(readable));
                LOG.debugf("Stored batch of %d: %d written, %d unchanged", readable.size(), outcome.written(),
                        outcome.unchanged());
            } catch (RuntimeException permanent) {
                // Some record of the batch can never be stored: find it, store the others.
                LOG.warnf("Batch of %d failed for good (%s); storing its records one by one", readable.size(),
                        StoreFailures.describe(permanent));
                for (int i = 0; i < readable.size(); i++) {
                    try {
                        List<Received> one = List.of(readable.get(i));
                        observation.write(List.of(sources.get(i)), one, () -> writeRetrying(one));
                    } catch (RuntimeException e) {
                        deadLetter(sources.get(i), e);
                    }
                }
            }
        }
        return batch.ack();
    }

    /**
     * Writes, retrying transient failures (database down, restarting, out of connections) with backoff for
     * as long as they last, so that they hold the partition back instead of sending articles away; offsets are
     * not committed meanwhile, and the connector stops fetching once its queue is full. A permanent failure is
     * thrown. {@link WriteProgress} tells the health checks how it stands.
     */
    private EnrichedArticleWriter.Outcome writeRetrying(List<Received> records) throws InterruptedException {
        try (WriteProgress.Writing writing = progress.start(records.size())) {
            for (int attempt = 1; ; attempt++) {
                writing.attemptStarted();
                try {
                    return writer.write(records);
                } catch (RuntimeException e) {
                    if (StoreFailures.isPermanent(e)) {
                        throw e;
                    }
                    java.time.Duration wait = StoreFailures.backoff(attempt);
                    writing.failedTransiently(StoreFailures.describe(e));
                    LOG.warnf("Storing %d article(s) failed (attempt %d, %s); retrying in %d ms", records.size(),
                            attempt, StoreFailures.describe(e), wait.toMillis());
                    Thread.sleep(wait.toMillis());
                }
            }
        }
    }

    /** Writes the record as it came, with why and where from, and waits for the broker's acknowledgement. */
    private void deadLetter(KafkaRecord<String, byte[]> record, Exception reason) {
        long offset = record.getMetadata(IncomingKafkaRecordMetadata.class).map(IncomingKafkaRecordMetadata::getOffset)
                .orElse(-1L);
        String why = reason instanceof SerializationException ? reason.getMessage() : StoreFailures.describe(reason);
        try (ArticleMdc ignored = ArticleMdc.of(record.getKey(), KafkaTraceContext.extract(record.getHeaders()))) {
            LOG.warnf("Dead-lettering %s-%d@%d: %s", record.getTopic(), record.getPartition(), offset, why);
        }
        deadLetters.sendMessageAndAwait(Message.of(record.getPayload()).addMetadata(
                OutgoingKafkaRecordMetadata.<String>builder().withKey(record.getKey())
                        .withHeaders(DeadLetterHeaders.of(STAGE, why, reason, record.getTopic(), record.getPartition(),
                                offset, record.getHeaders()))
                        .build()));
    }

}
