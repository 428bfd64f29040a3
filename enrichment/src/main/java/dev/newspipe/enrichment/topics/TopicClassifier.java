package dev.newspipe.enrichment.topics;

import dev.newspipe.contract.TopicTag;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The topic stage: which IPTC Media Topics an article is mainly about, from the keywords of its language
 * ({@code topics/<lang>/keywords.tsv}) found in its title and body. English is matched word by word,
 * Japanese and Chinese character by character (see {@link WordKeywordMatcher}, {@link CharKeywordMatcher});
 * {@link TopicScorer} weighs the evidence and picks one to three top-level topics. Languages without a
 * keyword file get no topics. Immutable and thread-safe.
 */
public final class TopicClassifier {

    private static final String BASE = "topics/";

    /** A language's keywords and the matcher that finds them. */
    private record Language(List<KeywordList.Keyword> keywords, KeywordMatcher matcher) {
    }

    private final Map<String, Language> languages;
    private final TopicScorer scorer;

    public TopicClassifier() {
        TopicVocabulary vocabulary = TopicVocabulary.load();
        List<KeywordList.Keyword> en = KeywordList.load(BASE + "en/keywords.tsv", vocabulary);
        List<KeywordList.Keyword> ja = KeywordList.load(BASE + "ja/keywords.tsv", vocabulary);
        List<KeywordList.Keyword> zh = KeywordList.load(BASE + "zh/keywords.tsv", vocabulary);
        this.languages = Map.of(
                "en", new Language(en, new WordKeywordMatcher(en)),
                "ja", new Language(ja, new CharKeywordMatcher(ja)),
                "zh", new Language(zh, new CharKeywordMatcher(zh)));
        this.scorer = new TopicScorer(vocabulary);
    }

    /** The most specific IPTC Media Topics that apply, plus their top-level ancestors. */
    public List<TopicTag> classify(String language, String title, String body) {
        Language lang = language == null ? null : languages.get(primary(language));
        if (lang == null) {
            return List.of();
        }
        int[] titleCounts = new int[lang.keywords().size()];
        int[] bodyCounts = new int[lang.keywords().size()];
        lang.matcher().count(title == null ? "" : title, titleCounts);
        lang.matcher().count(body == null ? "" : body, bodyCounts);
        return scorer.score(lang.keywords(), titleCounts, bodyCounts);
    }

    /** "zh-Hant" → "zh", "EN" → "en". */
    private static String primary(String language) {
        int dash = language.indexOf('-');
        return (dash < 0 ? language : language.substring(0, dash)).toLowerCase(Locale.ROOT);
    }
}
