package dev.newspipe.enrichment.entities.zh;

import dev.newspipe.contract.EntityType;
import dev.newspipe.enrichment.Resources;
import dev.newspipe.enrichment.entities.Countries;
import dev.newspipe.enrichment.entities.EntityGrouper;
import dev.newspipe.enrichment.entities.chain.CharFold;
import dev.newspipe.enrichment.entities.chain.Gazetteer;

import java.util.HashSet;
import java.util.Set;

/**
 * The Chinese language knowledge the rules apply, read once from {@code entities/zh/*}: the gazetteer of
 * known names and the word lists (surnames, titles, cue words, suffixes, the transliteration alphabet).
 * Every word is folded like the text ({@link ChineseFold}), so Traditional text matches too.
 */
final class ZhLexicon {

    private static final String DIR = "entities/zh/";

    final CharFold fold = new ChineseFold();
    final Gazetteer gazetteer;
    final Set<String> surnames = words("surnames.txt");
    final Set<String> personTitles = words("person-titles.txt");
    final Set<String> personCues = words("person-cues.txt");
    final Set<Character> transliteration = chars("transliteration.txt");
    final Set<Character> nameStopChars = chars("name-stop-chars.txt");
    final Set<String> orgSuffixes = words("org-suffixes.txt");
    final Set<String> descriptiveSuffixes = words("org-descriptive-suffixes.txt");
    final Set<String> companyForms = words("company-forms.txt");
    final Set<String> publicBodySuffixes = words("public-body-suffixes.txt");
    final Set<String> placeSuffixes = words("place-suffixes.txt");
    final Set<String> nameAnchors = words("org-anchors.txt");
    final Set<String> categoryWords = words("category-words.txt");
    final Set<String> functionWords = words("function-words.txt");
    final Set<String> notNames = words("not-names.txt");
    final Set<String> tibetanNameParts = words("tibetan-name-parts.txt");
    final Set<String> financialForms = words("financial-forms.txt");
    final Set<String> genericTeamWords = words("generic-team-words.txt");
    final Set<String> bylineCues = words("byline-cues.txt");
    final Set<String> honorifics = words("honorifics.txt");
    final int maxTitleLength = maxLength(personTitles);
    final int maxCueLength = maxLength(personCues);
    final int maxFunctionWordLength = maxLength(functionWords);
    final int maxSuffixLength = Math.max(maxLength(orgSuffixes), maxLength(placeSuffixes));

    ZhLexicon(Countries countries) {
        this.gazetteer = gazetteer(fold, countries);
    }

    /**
     * The known names of {@code gazetteer.tsv}, a place written with 省 or 市 (江苏省, 苏州市) also without it (江苏,
     * 苏州), then the countries, so that a curated reading of the same surface wins.
     */
    private static Gazetteer gazetteer(CharFold fold, Countries countries) {
        Gazetteer.Builder builder = Gazetteer.builder(fold).addFile(DIR + "gazetteer.tsv");
        for (String[] row : Resources.tsv(DIR + "gazetteer.tsv")) {
            String surface = row[0].strip();
            if (row[1].strip().equals("LOCATION") && surface.length() >= 3 && "省市".indexOf(surface.charAt(surface.length() - 1)) >= 0) {
                String canonical = row.length > 2 && !row[2].isBlank() ? row[2].strip() : surface;
                builder.add(new Gazetteer.Entry(surface.substring(0, surface.length() - 1), EntityType.LOCATION, canonical,
                        EntityGrouper.slug(canonical), false));
            }
        }
        return builder.addCountries(countries, "zh", 1).build();
    }

    /** Whether the gazetteer knows {@code folded} (already folded, as every word cut from the text is). */
    boolean isKnown(String folded) {
        return gazetteer.at(folded, 0, folded.length()) != null;
    }

    private Set<String> words(String file) {
        Set<String> words = new HashSet<>();
        for (String line : Resources.lines(DIR + file)) {
            for (String word : line.strip().split("\\s+")) {
                if (!word.isEmpty()) {
                    words.add(fold.fold(word));
                }
            }
        }
        return Set.copyOf(words);
    }

    private Set<Character> chars(String file) {
        Set<Character> chars = new HashSet<>();
        for (String line : Resources.lines(DIR + file)) {
            for (char c : fold.fold(line).toCharArray()) {
                if (!Character.isWhitespace(c)) {
                    chars.add(c);
                }
            }
        }
        return Set.copyOf(chars);
    }

    private static int maxLength(Set<String> words) {
        return words.stream().mapToInt(String::length).max().orElse(0);
    }

    /** Whether {@code text} ends, at {@code end}, with one of {@code words} (checked up to {@code maxLength} chars back). */
    static boolean endsWithAny(String text, int end, Set<String> words, int maxLength) {
        for (int len = Math.min(maxLength, end); len >= 1; len--) {
            if (words.contains(text.substring(end - len, end))) {
                return true;
            }
        }
        return false;
    }

    /** The longest of {@code words} starting at {@code start}, or null. */
    static String startsWithAny(String text, int start, Set<String> words, int maxLength) {
        for (int len = Math.min(maxLength, text.length() - start); len >= 1; len--) {
            String w = text.substring(start, start + len);
            if (words.contains(w)) {
                return w;
            }
        }
        return null;
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
