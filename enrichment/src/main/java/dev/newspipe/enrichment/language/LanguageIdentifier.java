package dev.newspipe.enrichment.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Identifies an article's language with Lingua among the configured languages. The client's
 * {@code language} is a hint, not the truth: it only decides between candidates that Lingua finds
 * about equally likely (a short headline, say), never against clear evidence.
 */
public final class LanguageIdentifier {

    /** The code for "undetermined" (ISO 639-2), when there is no evidence at all. */
    public static final String UNDETERMINED = "und";
    /** Enough text to decide (some 150 words): Lingua costs time in proportion to the text it reads. */
    private static final int SAMPLE_CHARS = 1_000;
    /** Below this margin between the two best candidates, a hint that names one of them wins. */
    private static final double HINT_MARGIN = 0.15;

    private final LanguageDetector detector;

    /** @param languages ISO 639-1 codes to choose among */
    public LanguageIdentifier(List<String> languages) {
        IsoCode639_1[] codes = languages.stream()
                .map(code -> IsoCode639_1.valueOf(code.trim().toUpperCase(Locale.ROOT)))
                .toArray(IsoCode639_1[]::new);
        // Eager loading moves the models' one-off cost to start-up instead of the first article. Low-accuracy
        // mode reads trigrams only: for a news item (a title and at least a sentence) it decides as the full
        // model does, and it keeps ~40 MiB of models live instead of ~320 MiB for 15 languages, which the
        // 512 MiB heap budget of the service could not spare (docs/benchmarks.md).
        this.detector = LanguageDetectorBuilder.fromIsoCodes639_1(codes)
                .withPreloadedLanguageModels()
                .withLowAccuracyMode()
                .build();
    }

    /** ISO 639-1 code of the language of {@code title} and {@code body}, or {@link #UNDETERMINED}. */
    public String identify(String title, String body, String hint) {
        String sample = sample(title, body);
        SortedMap<Language, Double> confidences = detector.computeLanguageConfidenceValues(sample);
        List<Map.Entry<Language, Double>> ranked = confidences.entrySet().stream()
                .sorted(Map.Entry.<Language, Double>comparingByValue().reversed())
                .toList();
        if (ranked.isEmpty() || ranked.get(0).getValue() == 0.0) {
            return hint == null ? UNDETERMINED : primarySubtag(hint);
        }
        String best = code(ranked.get(0).getKey());
        if (hint != null && ranked.size() > 1) {
            String hinted = primarySubtag(hint);
            double top = ranked.get(0).getValue();
            for (Map.Entry<Language, Double> candidate : ranked) {
                if (top - candidate.getValue() > HINT_MARGIN) {
                    break;
                }
                if (code(candidate.getKey()).equals(hinted)) {
                    return hinted;
                }
            }
        }
        return best;
    }

    private static String sample(String title, String body) {
        String text = title + "\n" + body;
        return text.length() <= SAMPLE_CHARS ? text : text.substring(0, SAMPLE_CHARS);
    }

    private static String code(Language language) {
        return language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }

    /** {@code zh-Hant} → {@code zh}. */
    private static String primarySubtag(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }
}
