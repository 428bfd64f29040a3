package dev.newspipe.enrichment.entities.model;

import java.util.List;
import java.util.Map;

/**
 * Every file the model reads, in one place: the trained weights (from the ner-models jar, CC BY-SA) and
 * the rules' word lists it uses as features (from this module's resources, read through
 * {@link dev.newspipe.enrichment.Resources}). The rules' files may be renamed: change the names here
 * only, then retrain ({@code ./pipeline train}), since a list's entries are features the weights depend on.
 */
final class ModelResources {

    private ModelResources() {
    }

    /** Classpath resource of a language's trained model. */
    static String model(String language) {
        return "/dev/newspipe/ner-models/" + language + ".nermodel";
    }

    /** A gazetteer file: its path under the enrichment resources and how its rows name a type. */
    record GazetteerFile(String path, Layout layout) {
    }

    enum Layout {
        /** surface TAB TYPE [TAB canonical]: every language's {@code gazetteer.tsv} (TYPE NONE rows are no names). */
        SURFACE_TYPE,
        /** alias TAB ISO code: a country, LOCATION. */
        COUNTRIES
    }

    /** A word list: its path, and the feature value a word of it gives the token (whitespace-separated words). */
    record WordList(String path, String mark) {
    }

    static final Map<String, List<GazetteerFile>> GAZETTEERS = Map.of(
            "ja", List.of(
                    new GazetteerFile("entities/ja/gazetteer.tsv", Layout.SURFACE_TYPE),
                    new GazetteerFile("countries/ja.tsv", Layout.COUNTRIES)),
            "zh", List.of(
                    new GazetteerFile("entities/zh/gazetteer.tsv", Layout.SURFACE_TYPE),
                    new GazetteerFile("countries/zh.tsv", Layout.COUNTRIES)),
            "en", List.of(
                    new GazetteerFile("entities/en/gazetteer.tsv", Layout.SURFACE_TYPE),
                    new GazetteerFile("countries/en.tsv", Layout.COUNTRIES)));

    static final Map<String, List<WordList>> WORD_LISTS = Map.of(
            "ja", List.of(
                    new WordList("entities/ja/person-titles.txt", "TITLE"),
                    new WordList("entities/ja/person-prefix-titles.txt", "PTITLE"),
                    new WordList("entities/ja/org-suffixes.tsv", "ORGSFX"),
                    new WordList("entities/ja/place-suffixes.tsv", "LOCSFX"),
                    new WordList("entities/ja/org-prefixes.txt", "ORGPFX")),
            "zh", List.of(
                    new WordList("entities/zh/person-titles.txt", "TITLE"),
                    new WordList("entities/zh/org-suffixes.txt", "ORGSFX"),
                    new WordList("entities/zh/place-suffixes.txt", "LOCSFX"),
                    new WordList("entities/zh/person-cues.txt", "PCUE"),
                    new WordList("entities/zh/surnames.txt", "SURNAME")),
            "en", List.of(
                    new WordList("entities/en/given-names.txt", "GIVEN"),
                    new WordList("entities/en/demonyms.txt", "DEMONYM"),
                    new WordList("entities/en/us-states.txt", "STATE"),
                    new WordList("entities/en/common-words.txt", "COMMON")));

    /** The Traditional → Simplified table that folds Chinese text (one character to one: offsets kept). */
    static final String TRADITIONAL_SIMPLIFIED = "entities/zh/traditional-simplified.tsv";
}
