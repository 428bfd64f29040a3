package dev.newspipe.enrichment.entities.zh;

import dev.newspipe.contract.EntityType;
import dev.newspipe.enrichment.Resources;
import dev.newspipe.enrichment.entities.Countries;
import dev.newspipe.enrichment.entities.EntityGrouper;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Chinese language knowledge the rules apply, read once from {@code entities/zh/*}: the gazetteer of
 * known names and the word lists (surnames, titles, cue words, suffixes, the transliteration alphabet).
 * Every word is folded like the text ({@link ChineseNormalizer}), so Traditional text matches too.
 */
final class ZhLexicon {

    private static final String DIR = "entities/zh/";

    final ChineseNormalizer normalizer = new ChineseNormalizer();
    final Gazetteer gazetteer = new Gazetteer();
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
        for (String file : List.of("people.tsv", "organizations.tsv", "places.tsv")) {
            for (String[] row : Resources.tsv(DIR + file)) {
                if (row.length < 3) {
                    continue;
                }
                EntityType type = EntityType.valueOf(row[1].strip().toUpperCase(Locale.ROOT));
                String canonical = row[2].strip();
                Gazetteer.Entry entry = new Gazetteer.Entry(type, canonical, EntityGrouper.slug(canonical), false);
                addSurface(row[0].strip(), entry);
            }
        }
        // Countries after the curated lists, so a curated reading of the same surface wins.
        countries.names("zh").entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .forEach(e -> {
                    Countries.Country c = e.getValue();
                    if (e.getKey().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                        gazetteer.add(normalizer.fold(e.getKey()),
                                new Gazetteer.Entry(EntityType.LOCATION, c.englishName(), c.code(), true));
                    }
                });
    }

    /** A place written with its administrative suffix (江苏省, 苏州市) is also known without it (江苏, 苏州). */
    private void addSurface(String surface, Gazetteer.Entry entry) {
        String folded = normalizer.fold(surface);
        gazetteer.add(folded, entry);
        if (entry.type() == EntityType.LOCATION && folded.length() >= 3
                && (folded.endsWith("省") || folded.endsWith("市"))) {
            gazetteer.add(folded.substring(0, folded.length() - 1), entry);
        }
    }

    private Set<String> words(String file) {
        Set<String> words = new HashSet<>();
        for (String line : Resources.lines(DIR + file)) {
            for (String word : line.strip().split("\\s+")) {
                if (!word.isEmpty()) {
                    words.add(normalizer.fold(word));
                }
            }
        }
        return Set.copyOf(words);
    }

    private Set<Character> chars(String file) {
        Set<Character> chars = new HashSet<>();
        for (String line : Resources.lines(DIR + file)) {
            for (char c : normalizer.fold(line).toCharArray()) {
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
