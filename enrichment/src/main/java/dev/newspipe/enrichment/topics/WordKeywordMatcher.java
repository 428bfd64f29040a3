package dev.newspipe.enrichment.topics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Keyword matching for languages written with spaces (English): the text is cut into lower-cased words,
 * each reduced by {@link #normalise} (plural endings dropped) so that "tariffs" matches "tariff", and every
 * run of up to {@code maxWords} words is looked up in a hash map of keyword phrases. A one-word keyword
 * ending in {@code *} matches every word that starts with it ("vaccin*": vaccine, vaccinated, vaccination).
 * Longest phrase wins at a position, so "stock market" is not also counted as "market".
 */
final class WordKeywordMatcher implements KeywordMatcher {

    private static final int MIN_PREFIX = 3;

    private final Map<String, int[]> phrases = new HashMap<>();
    private final Map<String, int[]> prefixes = new HashMap<>();
    private final int maxWords;
    private final int size;

    WordKeywordMatcher(List<KeywordList.Keyword> keywords) {
        Map<String, List<Integer>> phraseLists = new HashMap<>();
        Map<String, List<Integer>> prefixLists = new HashMap<>();
        int longest = 1;
        for (int i = 0; i < keywords.size(); i++) {
            String text = keywords.get(i).text().toLowerCase(Locale.ROOT);
            if (text.endsWith("*") && !text.contains(" ") && text.length() > MIN_PREFIX) {
                prefixLists.computeIfAbsent(text.substring(0, text.length() - 1), k -> new ArrayList<>()).add(i);
                continue;
            }
            List<String> words = words(text);
            if (words.isEmpty()) {
                continue;
            }
            longest = Math.max(longest, words.size());
            phraseLists.computeIfAbsent(String.join(" ", words), k -> new ArrayList<>()).add(i);
        }
        phraseLists.forEach((k, v) -> phrases.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        prefixLists.forEach((k, v) -> prefixes.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        this.maxWords = longest;
        this.size = keywords.size();
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void count(String text, int[] counts) {
        List<String> words = words(text.toLowerCase(Locale.ROOT));
        StringBuilder key = new StringBuilder();
        int i = 0;
        while (i < words.size()) {
            int[] found = null;
            int length = 0;
            key.setLength(0);
            for (int n = 1; n <= maxWords && i + n <= words.size(); n++) {
                if (n > 1) {
                    key.append(' ');
                }
                key.append(words.get(i + n - 1));
                int[] hit = phrases.get(key.toString());
                if (hit != null) {
                    found = hit;
                    length = n;
                }
            }
            if (found == null) {
                found = prefixMatch(words.get(i));
                length = 1;
            }
            if (found != null) {
                for (int k : found) {
                    counts[k]++;
                }
                i += length;
            } else {
                i++;
            }
        }
    }

    /** The keywords of the longest {@code prefix*} entry that {@code word} starts with. */
    private int[] prefixMatch(String word) {
        for (int end = word.length(); end >= MIN_PREFIX; end--) {
            int[] hit = prefixes.get(word.substring(0, end));
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    /** The normalised words of a lower-cased text: letters and digits; everything else separates. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean wordChar = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                if (i - start <= 40) { // longer runs are junk, not words
                    words.add(normalise(text.substring(start, i)));
                }
                start = -1;
            }
        }
        return words;
    }

    /** Drops English plural endings: tariffs → tariff, companies → company, taxes → tax, crises stays apart. */
    static String normalise(String word) {
        int n = word.length();
        if (n <= 3 || !word.endsWith("s")) {
            return word;
        }
        if (word.endsWith("ies") && n > 4) {
            return word.substring(0, n - 3) + "y";
        }
        if (word.endsWith("sses") || word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes")) {
            return word.substring(0, n - 2);
        }
        if (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) {
            return word;
        }
        return word.substring(0, n - 1);
    }
}
