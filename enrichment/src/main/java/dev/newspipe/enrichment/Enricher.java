package dev.newspipe.enrichment;

import dev.newspipe.contract.ArticleEnriched;
import dev.newspipe.contract.ArticleSubmitted;
import dev.newspipe.contract.DateTag;
import dev.newspipe.contract.EntityTag;
import dev.newspipe.contract.TextField;
import dev.newspipe.contract.TopicTag;
import dev.newspipe.enrichment.dates.DateTagger;
import dev.newspipe.enrichment.entities.EntityMention;
import dev.newspipe.enrichment.entities.EntityTagger;
import dev.newspipe.enrichment.language.LanguageIdentifier;
import dev.newspipe.enrichment.topics.TopicClassifier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The enricher: language, then entities, dates and topics, each a stage of its own that applies its
 * language's resource files. Thread-safe; build one and share it (loading the models takes seconds).
 */
public final class Enricher {

    /**
     * The body is tagged up to this many characters (about 100 pages): enough for any news article, and
     * a bound on the time a hostile 5 MB body can take. The text itself is passed on whole.
     */
    public static final int MAX_TAGGED_CHARS = 200_000;

    private final LanguageIdentifier languages;
    private final EntityTagger entities;
    private final DateTagger dates;
    private final TopicClassifier topics;

    /** @param languages ISO 639-1 codes the language identifier chooses among */
    public Enricher(List<String> languages) {
        this.languages = new LanguageIdentifier(languages);
        this.entities = new EntityTagger();
        this.dates = new DateTagger();
        this.topics = new TopicClassifier();
    }

    /** An enriched article with the entity mentions it was made from (each with the evidence that found it). */
    public record Explained(ArticleEnriched article, List<EntityMention> mentions) {
    }

    public ArticleEnriched enrich(ArticleSubmitted article, Instant now) {
        return enrichExplained(article, now).article();
    }

    /** {@link #enrich}, keeping the mentions: for tools that report what found the names ({@code ./pipeline tag}). */
    public Explained enrichExplained(ArticleSubmitted article, Instant now) {
        String title = taggable(article.title());
        String body = taggable(article.body());
        String language = languages.identify(title, body, article.languageHint());
        List<EntityMention> mentions = entities.mentions(language, title, body);
        List<EntityTag> entityTags = entities.group(mentions);
        LocalDate anchor = anchorDate(article.publishedAt());
        List<DateTag> dateTags = new ArrayList<>(dates.tag(language, TextField.TITLE, title, anchor));
        dateTags.addAll(dates.tag(language, TextField.BODY, body, anchor));
        List<TopicTag> topicTags = topics.classify(language, title, body);
        return new Explained(ArticleEnriched.of(article, language, entityTags, dateTags, topicTags, now), mentions);
    }

    /** A prefix of {@code text} of at most {@link #MAX_TAGGED_CHARS}, never cutting a surrogate pair; offsets stay valid. */
    static String taggable(String text) {
        if (text == null) {
            return "";
        }
        if (text.length() <= MAX_TAGGED_CHARS) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_TAGGED_CHARS - 1)) ? MAX_TAGGED_CHARS - 1 : MAX_TAGGED_CHARS;
        return text.substring(0, end);
    }

    /** The local date of publication: relative dates in the text ("yesterday", 昨年) count from it. */
    public static LocalDate anchorDate(String publishedAt) {
        return publishedAt.length() == 10 ? LocalDate.parse(publishedAt) : OffsetDateTime.parse(publishedAt).toLocalDate();
    }
}
