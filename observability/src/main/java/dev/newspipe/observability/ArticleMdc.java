package dev.newspipe.observability;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Context;
import org.jboss.logging.MDC;

/**
 * Puts the article a piece of code is about, and its trace, in the logging MDC for as long as the returned handle
 * is open: {@code try (ArticleMdc ignored = ArticleMdc.of(id, context)) { LOG.warn(...); }}. Plain-text lines show
 * them (the console format of microprofile-config.properties), JSON lines carry them as fields. Needed where the
 * current OpenTelemetry context is not the article's (a batch of many articles), where Quarkus' own traceId would
 * be the batch's or nobody's.
 */
public final class ArticleMdc implements AutoCloseable {

    public static final String ARTICLE_ID = "articleId";
    public static final String TRACE_ID = "traceId";
    public static final String SPAN_ID = "spanId";

    private final Object previousArticle;
    private final Object previousTrace;
    private final Object previousSpan;

    private ArticleMdc(String articleId, SpanContext span) {
        previousArticle = MDC.get(ARTICLE_ID);
        previousTrace = MDC.get(TRACE_ID);
        previousSpan = MDC.get(SPAN_ID);
        put(ARTICLE_ID, articleId);
        if (span.isValid()) {
            put(TRACE_ID, span.getTraceId());
            put(SPAN_ID, span.getSpanId());
        }
    }

    /** The article, in the trace of the current context. */
    public static ArticleMdc of(String articleId) {
        return new ArticleMdc(articleId, Span.current().getSpanContext());
    }

    /** The article, in the trace of {@code context} (e.g. extracted from its Kafka record's headers). */
    public static ArticleMdc of(String articleId, Context context) {
        return new ArticleMdc(articleId, Span.fromContext(context).getSpanContext());
    }

    @Override
    public void close() {
        put(ARTICLE_ID, previousArticle);
        put(TRACE_ID, previousTrace);
        put(SPAN_ID, previousSpan);
    }

    private static void put(String key, Object value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }
}
