package dev.newspipe.enrichment.topics;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Keyword matching for languages written without spaces (Japanese, Chinese): an Aho-Corasick automaton
 * over the characters finds every keyword occurrence in one pass, then the leftmost-longest occurrences
 * that do not overlap are kept, so a longer keyword or exclusion ("人工知能" over "知能") hides the shorter
 * ones inside it. Text and keywords are NFKC-normalised (full-width Latin letters and digits become ASCII)
 * and lower-cased; a keyword that starts or ends with a Latin letter or digit only matches where the
 * neighbouring character is not one, so "AI" does not match inside "RAID".
 */
final class CharKeywordMatcher implements KeywordMatcher {

    /**
     * Automaton states: transitions (the root's in a table indexed by character, every other state's as sorted
     * characters with their targets, searched by bisection: no boxing while matching), failure link, keyword
     * group ending here (or -1), and the nearest keyword state on the failure chain.
     */
    private final int[] rootNext = new int[Character.MAX_VALUE + 1];
    private final char[][] nextChars;
    private final int[][] nextStates;
    private final int[] fail;
    private final int[] keywordAt;
    private final int[] outputLink;
    private final int[] lengths;
    private final boolean[] asciiStart;
    private final boolean[] asciiEnd;
    /** Several keyword lines may share one text (two qcodes): the groups of keyword indices per distinct text. */
    private final int[][] groups;
    private final int size;

    CharKeywordMatcher(List<KeywordList.Keyword> keywords) {
        Map<String, List<Integer>> byText = new HashMap<>();
        for (int i = 0; i < keywords.size(); i++) {
            String text = normalise(keywords.get(i).text());
            if (!text.isEmpty()) {
                byText.computeIfAbsent(text, k -> new ArrayList<>()).add(i);
            }
        }
        List<String> texts = new ArrayList<>(byText.keySet());
        texts.sort(null); // a deterministic automaton
        groups = new int[texts.size()][];
        lengths = new int[texts.size()];
        asciiStart = new boolean[texts.size()];
        asciiEnd = new boolean[texts.size()];
        List<Map<Character, Integer>> next = new ArrayList<>();
        next.add(new HashMap<>());
        List<Integer> terminal = new ArrayList<>();
        terminal.add(-1);
        for (int g = 0; g < texts.size(); g++) {
            String text = texts.get(g);
            groups[g] = byText.get(text).stream().mapToInt(Integer::intValue).toArray();
            lengths[g] = text.length();
            asciiStart[g] = isAsciiWordChar(text.charAt(0));
            asciiEnd[g] = isAsciiWordChar(text.charAt(text.length() - 1));
            int state = 0;
            for (int i = 0; i < text.length(); i++) {
                Integer to = next.get(state).get(text.charAt(i));
                if (to == null) {
                    to = next.size();
                    next.get(state).put(text.charAt(i), to);
                    next.add(new HashMap<>());
                    terminal.add(-1);
                }
                state = to;
            }
            terminal.set(state, g);
        }
        int states = next.size();
        nextChars = new char[states][];
        nextStates = new int[states][];
        for (int state = 0; state < states; state++) {
            List<Character> chars = new ArrayList<>(next.get(state).keySet());
            chars.sort(null);
            nextChars[state] = new char[chars.size()];
            nextStates[state] = new int[chars.size()];
            for (int i = 0; i < chars.size(); i++) {
                nextChars[state][i] = chars.get(i);
                nextStates[state][i] = next.get(state).get(chars.get(i));
            }
        }
        Arrays.fill(rootNext, -1);
        for (int i = 0; i < nextChars[0].length; i++) {
            rootNext[nextChars[0][i]] = nextStates[0][i];
        }
        fail = new int[states];
        keywordAt = terminal.stream().mapToInt(Integer::intValue).toArray();
        outputLink = new int[states];
        Arrays.fill(outputLink, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int child : nextStates[0]) {
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int state = queue.poll();
            int f = fail[state];
            outputLink[state] = keywordAt[f] >= 0 ? f : outputLink[f];
            for (Map.Entry<Character, Integer> e : next.get(state).entrySet()) {
                int child = e.getValue();
                int s = f;
                int to = step(s, e.getKey());
                while (to < 0 && s != 0) {
                    s = fail[s];
                    to = step(s, e.getKey());
                }
                fail[child] = to >= 0 && to != child ? to : 0;
                queue.add(child);
            }
        }
        size = keywords.size();
    }

    /** The state after reading {@code c} in {@code state}, or -1 when there is no such transition. */
    private int step(int state, char c) {
        if (state == 0) {
            return rootNext[c];
        }
        int i = Arrays.binarySearch(nextChars[state], c);
        return i >= 0 ? nextStates[state][i] : -1;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void count(String raw, int[] counts) {
        String text = normalise(raw);
        int n = text.length();
        int[] longestAt = new int[n]; // per start: the group of the longest keyword starting there, +1 (0 = none)
        int state = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int to = step(state, c);
            while (to < 0 && state != 0) {
                state = fail[state];
                to = step(state, c);
            }
            state = Math.max(to, 0);
            for (int s = keywordAt[state] >= 0 ? state : outputLink[state]; s >= 0; s = outputLink[s]) {
                int g = keywordAt[s];
                int start = i + 1 - lengths[g];
                if (fitsBoundaries(text, g, start, i + 1)
                        && (longestAt[start] == 0 || lengths[longestAt[start] - 1] < lengths[g])) {
                    longestAt[start] = g + 1;
                }
            }
        }
        for (int i = 0; i < n; ) {
            int g = longestAt[i] - 1;
            if (g < 0) {
                i++;
                continue;
            }
            for (int k : groups[g]) {
                counts[k]++;
            }
            i += lengths[g];
        }
    }

    private boolean fitsBoundaries(String text, int g, int start, int end) {
        if (asciiStart[g] && start > 0 && isAsciiWordChar(text.charAt(start - 1))) {
            return false;
        }
        return !asciiEnd[g] || end >= text.length() || !isAsciiWordChar(text.charAt(end));
    }

    private static boolean isAsciiWordChar(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
