package dev.newspipe.enrichment.dates;

import dev.newspipe.enrichment.Resources;

import java.util.ArrayList;
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
 *       context (month inheritance) and tense cues.</li>
 * </ul>
 * Immutable and thread-safe.
 */
final class DateGrammar {

    /** A compiled date or ignore pattern with the names of its groups. */
    record Rule(String name, Pattern pattern, List<String> groups, boolean ignore) {
    }

    private static final Pattern MACRO = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_!]*)}");
    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    final String language;
    final Vocabulary vocabulary;
    final List<Rule> rules = new ArrayList<>();
    final Pattern sentenceBoundary;
    final Pattern clauseBoundary;
    final TenseCues tense;

    DateGrammar(String language) {
        this.language = language;
        String base = "dates/" + language + "/";
        this.vocabulary = new Vocabulary(base + "vocabulary.tsv");
        Map<String, String> macros = new HashMap<>();
        Pattern sentence = null;
        Pattern clause = null;
        for (String line : Resources.lines(base + "patterns.txt")) {
            String[] cols = line.split("\t+", 3);
            if (cols.length < 3) {
                throw new IllegalStateException("Bad line in " + base + "patterns.txt: " + line);
            }
            String kind = cols[0].strip();
            String regex = expand(cols[2].strip(), macros);
            switch (kind) {
                case "define" -> macros.put(cols[1].strip(), regex);
                case "date", "ignore" -> rules.add(new Rule(cols[1].strip(), Pattern.compile(regex), groupNames(regex),
                        kind.equals("ignore")));
                case "sentence" -> sentence = Pattern.compile(regex);
                case "clause" -> clause = Pattern.compile(regex);
                default -> throw new IllegalStateException("Unknown kind in " + base + "patterns.txt: " + kind);
            }
        }
        this.sentenceBoundary = sentence == null ? Pattern.compile("[\\n]") : sentence;
        this.clauseBoundary = clause == null ? this.sentenceBoundary : clause;
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

    private static List<String> groupNames(String regex) {
        List<String> names = new ArrayList<>();
        Matcher m = GROUP_NAME.matcher(regex);
        while (m.find()) {
            names.add(m.group(1));
        }
        return List.copyOf(names);
    }
}
