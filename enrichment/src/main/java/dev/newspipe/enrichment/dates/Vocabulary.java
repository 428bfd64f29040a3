package dev.newspipe.enrichment.dates;

import dev.newspipe.enrichment.Resources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A language's date words ({@code dates/<lang>/vocabulary.tsv}): category, word, value, optional tags.
 * Categories are looked up by the pattern groups of the same meaning (month names for {@code mn}, relative
 * year words for {@code ry}, ...), and each category also becomes a regex macro {@code {category}} for the
 * pattern file; {@code {category!tag}} leaves out the words carrying that tag (e.g. the ambiguous "May"),
 * {@code {category=tag}} keeps only those.
 * Words are matched case-insensitively when looked up. Immutable.
 */
final class Vocabulary {

    private record Entry(String word, String value, Set<String> tags) {
    }

    private final Map<String, Map<String, String>> values = new HashMap<>();
    private final Map<String, List<Entry>> entries = new LinkedHashMap<>();

    Vocabulary(String path) {
        for (String[] row : Resources.tsv(path)) {
            if (row.length < 3 || row[1].isBlank()) {
                continue;
            }
            String category = row[0].strip();
            String word = row[1].strip();
            String value = row[2].strip();
            Set<String> tags = row.length > 3 && !row[3].isBlank() ? Set.of(row[3].strip().split("\\s*,\\s*")) : Set.of();
            entries.computeIfAbsent(category, k -> new ArrayList<>()).add(new Entry(word, value, tags));
            values.computeIfAbsent(category, k -> new HashMap<>()).putIfAbsent(key(word), value);
        }
    }

    /** The value of {@code word} in {@code category}, or null. */
    String value(String category, String word) {
        Map<String, String> map = values.get(category);
        return map == null || word == null ? null : map.get(key(word));
    }

    /** The setting {@code name} (category "setting"), or {@code fallback}. */
    int setting(String name, int fallback) {
        String v = value("setting", name);
        return v == null ? fallback : Integer.parseInt(v);
    }

    /** The regex alternation for a macro name "category" or "category!tag", or null if no such category. */
    String alternation(String macro) {
        int bang = macro.indexOf('!');
        int eq = macro.indexOf('=');
        int cut = bang >= 0 ? bang : eq;
        String category = cut < 0 ? macro : macro.substring(0, cut);
        String excluded = bang < 0 ? null : macro.substring(bang + 1);
        String required = eq < 0 ? null : macro.substring(eq + 1);
        List<Entry> list = entries.get(category);
        if (list == null) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (Entry e : list) {
            if ((excluded == null || !e.tags().contains(excluded)) && (required == null || e.tags().contains(required))) {
                words.add(e.word());
            }
        }
        // Longest first, so that "September" wins over "Sept" and 先週 over 先.
        words.sort(Comparator.comparingInt(String::length).reversed());
        // A lookahead on the possible first characters (both cases) lets the regex engine skip most
        // positions at once instead of trying every word there: this keeps the stage fast.
        StringBuilder first = new StringBuilder();
        for (String w : words) {
            int c = w.codePointAt(0);
            for (int variant : new int[] {c, Character.toLowerCase(c), Character.toUpperCase(c)}) {
                String ch = new String(Character.toChars(variant));
                if (first.indexOf(ch) < 0) {
                    first.append(ch);
                }
            }
        }
        if (words.isEmpty()) {
            return "(?!)";
        }
        StringBuilder sb = new StringBuilder("(?=[").append(first.toString().replace("\\", "\\\\")
                .replace("]", "\\]").replace("[", "\\[").replace("^", "\\^").replace("-", "\\-").replace("&", "\\&"))
                .append("])(?:");
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                sb.append('|');
            }
            String[] parts = words.get(i).split(" ");
            for (int j = 0; j < parts.length; j++) {
                if (j > 0) {
                    sb.append("\\s{1,3}");
                }
                sb.append(Pattern.quote(parts[j]));
            }
        }
        return sb.append(')').toString();
    }

    private static String key(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        boolean space = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }
}
