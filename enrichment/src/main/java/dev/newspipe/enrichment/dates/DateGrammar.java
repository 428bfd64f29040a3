package dev.newspipe.enrichment.dates;

import dev.newspipe.enrichment.Resources;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One language's date knowledge, compiled once: the patterns of {@code dates/<lang>/patterns.txt}, the words
 * of {@code vocabulary.tsv} and the tense cues of {@code tense.tsv}.
 *
 * <p>patterns.txt lines are tab-separated {@code kind, name, regex}:
 * <ul>
 *   <li>{@code define NAME REGEX}: a macro, used as {@code {NAME}} in later regexes (vocabulary categories are
 *       macros too);</li>
 *   <li>{@code date NAME REGEX}: an expression to tag; its named groups say what each part means
 *       (see {@link DateResolver});</li>
 *   <li>{@code ignore NAME REGEX}: an expression that is NOT a date (durations, rates, ages...); where it
 *       overlaps a date match and is at least as long, the date is dropped;</li>
 *   <li>{@code sentence - REGEX} / {@code clause - REGEX}: sentence and clause boundaries, used to scope
 *       context (month inheritance) and tense cues;</li>
 *   <li>{@code connector - REGEX}: what may stand between two tags of a range or list ("から", "至",
 *       "to") for the second to take the first one's year.</li>
 * </ul>
 * Immutable and thread-safe.
 */
final class DateGrammar {

    /**
     * A compiled date or ignore pattern with the names of its groups, and the characters a match can start
     * with ({@code firstChars}, null when unknown: then every position is tried).
     */
    record Rule(String name, Pattern pattern, List<String> groups, boolean ignore, BitSet firstChars,
                boolean runStartsOnly) {
    }

    private static final Pattern MACRO = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_!=]*)}");
    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    final String language;
    final Vocabulary vocabulary;
    final List<Rule> rules = new ArrayList<>();
    final Pattern sentenceBoundary;
    final Pattern clauseBoundary;
    final Pattern connector;
    final TenseCues tense;

    DateGrammar(String language) {
        this.language = language;
        String base = "dates/" + language + "/";
        this.vocabulary = new Vocabulary(base + "vocabulary.tsv");
        Map<String, String> macros = new HashMap<>();
        Pattern sentence = null;
        Pattern clause = null;
        Pattern join = null;
        for (String line : Resources.lines(base + "patterns.txt")) {
            String[] cols = line.split("\t+", 3);
            if (cols.length < 3) {
                throw new IllegalStateException("Bad line in " + base + "patterns.txt: " + line);
            }
            String kind = cols[0].strip();
            String regex = expand(cols[2].strip(), macros);
            switch (kind) {
                case "define" -> macros.put(cols[1].strip(), regex);
                case "date", "ignore" -> {
                    Pattern pattern = Pattern.compile(regex);
                    rules.add(new Rule(cols[1].strip(), pattern, groupNames(regex), kind.equals("ignore"),
                            firstChars(pattern), runStartsOnly(pattern)));
                }
                case "sentence" -> sentence = Pattern.compile(regex);
                case "clause" -> clause = Pattern.compile(regex);
                case "connector" -> join = Pattern.compile(regex);
                default -> throw new IllegalStateException("Unknown kind in " + base + "patterns.txt: " + kind);
            }
        }
        this.sentenceBoundary = sentence == null ? Pattern.compile("[\\n]") : sentence;
        this.clauseBoundary = clause == null ? this.sentenceBoundary : clause;
        this.connector = join == null ? Pattern.compile("\\s*[-–~～〜]\\s*") : join;
        this.tense = new TenseCues(base + "tense.tsv", macros, this::expand);
    }

    boolean isEmpty() {
        return rules.isEmpty();
    }

    private String expand(String regex, Map<String, String> macros) {
        Matcher m = MACRO.matcher(regex);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = macros.get(name);
            if (value == null) {
                value = vocabulary.alternation(name);
            }
            if (value == null) {
                throw new IllegalStateException("Unknown macro {" + name + "} for dates/" + language);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * The characters a match of {@code pattern} can start with, found by trying the pattern on each BMP
     * character alone: it can start there if it matches or runs out of input ({@link Matcher#hitEnd()}).
     * Scanning only those positions makes matching many times faster than letting every rule try every
     * position. A rule that opens with a positive lookbehind never looks viable this way; it gets null
     * (every position is tried).
     */
    private static BitSet firstChars(Pattern pattern) {
        BitSet set = new BitSet(0x10000);
        Matcher m = pattern.matcher("");
        for (int c = 0; c < 0x10000; c++) {
            if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                continue;
            }
            m.reset(String.valueOf((char) c));
            if (m.lookingAt() || m.hitEnd()) {
                set.set(c);
            }
        }
        return set.isEmpty() ? null : set;
    }

    /**
     * Whether a match can only start where a run of letters or of digits starts (not after a letter or a
     * digit of the same kind): true for rules opening with \\b or a "no digit before" lookbehind. Found by
     * trying the rule on the second character of "aa", "00", "００" and their mixes.
     */
    static boolean runStartsOnly(Pattern pattern) {
        String[][] runs = {{"a", "a"}, {"A", "A"}, {"a", "A"}, {"A", "a"}, {"0", "0"}, {"０", "０"}, {"0", "０"},
                {"０", "0"}};
        Matcher m = pattern.matcher("");
        for (String[] run : runs) {
            m.reset(run[0] + run[1]);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            m.region(1, 2);
            if (m.lookingAt() || m.hitEnd()) {
                return false;
            }
        }
        return true;
    }

    /** Same kind of character (letter/letter or digit/digit): a position inside a run. */
    static boolean sameRun(char previous, char c) {
        return (Character.isLetter(previous) && Character.isLetter(c) && c < 0x2E80 && previous < 0x2E80)
                || (Character.isDigit(previous) && Character.isDigit(c));
    }

    private static List<String> groupNames(String regex) {
        List<String> names = new ArrayList<>();
        Matcher m = GROUP_NAME.matcher(regex);
        while (m.find()) {
            names.add(m.group(1));
        }
        return List.copyOf(names);
    }
}
