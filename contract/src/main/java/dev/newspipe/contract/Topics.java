package dev.newspipe.contract;

/**
 * The pipeline's topic names. Services take theirs from configuration (so an operator can rename
 * them); these are the defaults every configuration file, the compose file and the docs agree on.
 */
public final class Topics {
    /** Articles accepted by ingest-service: key = article id, value = {@link ArticleSubmitted}. */
    public static final String SUBMITTED = "news.articles.submitted";
    /** Articles tagged by enrich-service: key = article id, value = {@link ArticleEnriched}. */
    public static final String ENRICHED = "news.articles.enriched";

    /** Records enrich-service could not read or enrich: the original bytes, with dead-letter-* headers. */
    public static final String DLQ_ENRICH = "news.articles.dlq.enrich";
    /** Records store-service could not read or store: the original bytes, with dead-letter-* headers. */
    public static final String DLQ_STORE = "news.articles.dlq.store";

    /**
     * Header of each record on {@link #ENRICHED}: the enrich-service instance that produced it (its instance id,
     * {@code ENRICH_INSTANCE_ID} or {@code <host name>-<HTTP port>}, the suffix of its transactional id).
     */
    public static final String ENRICHED_BY_HEADER = "newspipe-enriched-by";

    private Topics() {
    }
}
