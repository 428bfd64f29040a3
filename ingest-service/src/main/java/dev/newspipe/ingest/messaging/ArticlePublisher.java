package dev.newspipe.ingest.messaging;

import dev.newspipe.contract.ArticleSubmitted;
import dev.newspipe.observability.ArticleMdc;
import dev.newspipe.problem.Problem;
import dev.newspipe.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Publishes an accepted article keyed by its id and completes only when the broker has acknowledged
 * the write (acks=all, idempotent producer: see application.properties). A write that is not
 * acknowledged within {@code ingest.publish-timeout} fails with 503 and Retry-After: the client
 * retries with the same id, so a write that did land late is deduplicated downstream.
 */
@ApplicationScoped
public class ArticlePublisher {

    private static final Logger LOG = Logger.getLogger(ArticlePublisher.class);

    private final MutinyEmitter<ArticleSubmitted> emitter;
    private final Duration timeout;

    public ArticlePublisher(@Channel("articles-submitted") MutinyEmitter<ArticleSubmitted> emitter,
            @ConfigProperty(name = "ingest.publish-timeout", defaultValue = "5s") Duration timeout) {
        this.emitter = emitter;
        this.timeout = timeout;
    }

    public Uni<Void> publish(ArticleSubmitted article) {
        Message<ArticleSubmitted> message = Message.of(article)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(article.id()).build());
        return emitter.sendMessage(message)
                .ifNoItem().after(timeout).failWith(() -> unavailable(article, "not acknowledged within " + timeout))
                .onFailure(e -> !(e instanceof ProblemException))
                .transform(e -> unavailable(article, e.toString()));
    }

    private ProblemException unavailable(ArticleSubmitted article, String why) {
        try (ArticleMdc ignored = ArticleMdc.of(article.id())) {
            LOG.warnf("Article %s not published: %s", article.id(), why);
        }
        return new ProblemException(Problem.of(Response.Status.SERVICE_UNAVAILABLE,
                "The message broker did not acknowledge the article; nothing was accepted. Retry later with the same body."),
                Math.max(1, timeout.toSeconds()));
    }
}
