package dev.newspipe.enrichment.entities.ja;

import dev.newspipe.enrichment.Resources;
import dev.newspipe.enrichment.entities.chain.CharFold;
import dev.newspipe.enrichment.entities.chain.Gazetteer;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The language knowledge the Japanese annotators apply, read once from {@code entities/ja/*}: titles and
 * honorifics around person names, organisation and place suffixes, and the stop lists that keep common
 * words out of names. See each file's header for what it holds.
 */
final class JapaneseLexicon {

    static final String BASE = "entities/ja/";

    /** Whether a suffix makes a name on its own (国土交通省) or only after a proper noun (日産自動車 but not 電気自動車). */
    enum Strength { STRONG, WEAK }

    final Set<String> personTitles = set("person-titles.txt");
    final Set<String> prefixTitles = set("person-prefix-titles.txt");
    final Set<String> titleQualifiers = set("title-qualifiers.txt");
    final Set<String> nameStopwords = set("name-stopwords.txt");
    final Map<String, Strength> orgSuffixes = suffixes("org-suffixes.tsv");
    final Map<String, Strength> placeSuffixes = suffixes("place-suffixes.tsv");
    final Set<String> genericModifiers = set("generic-modifiers.txt");
    final Set<String> genericPrefixes = set("generic-prefixes.txt");
    final Set<String> orgPrefixes = set("org-prefixes.txt");
    final Set<String> notNames = set("not-names.txt");
    final Set<String> demonymSuffixes = set("demonym-suffixes.txt");
    final Set<String> eventSuffixes = set("event-suffixes.txt");
    final Set<String> eventEndings = set("event-endings.txt");
    /** Words that, right after a region or prefecture, name a part of it as one place (東北南部, 北陸地方). */
    final Set<String> regionParts = set("region-parts.txt");

    /** Whether the token after a place name makes it a demonym (中国人) or part of an event name (札幌五輪). */
    boolean endsPlaceMention(Token next) {
        return next != null && (in(demonymSuffixes, next.surface()) || in(eventSuffixes, next.surface()));
    }

    private static Set<String> set(String file) {
        Set<String> values = new HashSet<>();
        for (String line : Resources.lines(BASE + file)) {
            values.add(CharFold.LATIN.fold(line.strip()));
        }
        return Set.copyOf(values);
    }

    private static Map<String, Strength> suffixes(String file) {
        Map<String, Strength> values = new HashMap<>();
        for (String[] row : Resources.tsv(BASE + file)) {
            Strength strength = row.length > 1 && row[1].strip().equalsIgnoreCase("strong") ? Strength.STRONG : Strength.WEAK;
            values.put(CharFold.LATIN.fold(row[0].strip()), strength);
        }
        return Map.copyOf(values);
    }

    static boolean in(Set<String> set, String surface) {
        return set.contains(CharFold.LATIN.fold(surface));
    }

    /** A trie of {@code words} for matching them where a token starts; an entry's canonical is the word. */
    static Gazetteer wordTrie(Collection<String> words) {
        Gazetteer.Builder trie = Gazetteer.builder(CharFold.LATIN);
        for (String word : words) {
            trie.add(new Gazetteer.Entry(word, null, word, null, false));
        }
        return trie.build();
    }

    /**
     * A trie of {@code words} spelled backwards, for matching them where a token ends in
     * {@link FieldText#reversedFolded}; an entry's canonical is the word as written.
     */
    static Gazetteer endingTrie(Collection<String> words) {
        Gazetteer.Builder trie = Gazetteer.builder(CharFold.LATIN);
        for (String word : words) {
            trie.add(new Gazetteer.Entry(reversed(word), null, word, null, false));
        }
        return trie.build();
    }

    /** Reversed char by char, as {@link FieldText#reversedFolded} is. */
    private static String reversed(String word) {
        char[] chars = new char[word.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = word.charAt(chars.length - 1 - i);
        }
        return new String(chars);
    }
}
