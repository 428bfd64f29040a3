package dev.newspipe.enrichment.dates;

import dev.newspipe.contract.DateTag;
import dev.newspipe.contract.TextField;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * The date stage: finds every expression that points at a calendar date or period and normalises it
 * ({@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY}, decade {@code 199X}, century {@code 19XX}), resolving
 * relative and partial dates against the anchor (the article's publication date).
 *
 * <p>One engine for all languages; what a language looks like lives in
 * {@code resources/dev/newspipe/enrichment/dates/<lang>/} (patterns, vocabulary, tense cues). Steps: every
 * rule of the language is matched over the text; overlapping matches are settled longest-first (an
 * "ignore" rule such as a duration beats a date rule of the same length); the survivors are resolved in
 * reading order by a {@link DateResolver}, which remembers what the text said before.
 *
 * <p>Built once (grammars are compiled in the constructor), immutable, thread-safe.
 */
public final class DateTagger {

    /** The languages with a grammar under resources/dates/. */
    private static final List<String> LANGUAGES = List.of("ja", "en", "zh");

    /** Texts longer than this are cut: no article has dates worth finding after 1M characters. */
    private static final int MAX_CHARS = 1_000_000;

    private final Map<String, DateGrammar> grammars = new HashMap<>();
    private final Numerals numerals = new Numerals();

    public DateTagger() {
        for (String language : LANGUAGES) {
            DateGrammar grammar = new DateGrammar(language);
            if (!grammar.isEmpty()) {
                grammars.put(language, grammar);
            }
        }
    }

    /**
     * Every expression in {@code text} that points at a calendar date or period, normalised and resolved
     * against {@code anchor} (the article's local publication date).
     */
    public List<DateTag> tag(String language, TextField field, String text, LocalDate anchor) {
        DateGrammar grammar = language == null ? null : grammars.get(language);
        if (grammar == null || text == null || text.isEmpty() || anchor == null) {
            return List.of();
        }
        String scanned = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        List<DateMatch> matches = select(match(grammar, scanned));
        DateResolver resolver = new DateResolver(grammar, numerals, scanned, anchor);
        List<DateTag> tags = new ArrayList<>();
        for (DateMatch m : matches) {
            String value = resolver.resolve(m);
            if (value != null) {
                tags.add(new DateTag(text.substring(m.start(), m.end()), value, field, m.start(), m.end()));
            }
        }
        return tags;
    }

    private static List<DateMatch> match(DateGrammar grammar, String text) {
        List<DateMatch> found = new ArrayList<>();
        int length = text.length();
        for (DateGrammar.Rule rule : grammar.rules) {
            Matcher m = rule.pattern().matcher(text);
            BitSet first = rule.firstChars();
            if (first == null) {
                while (m.find()) {
                    add(found, rule, m);
                }
                continue;
            }
            // Only where the rule can start: lookingAt there, lookarounds seeing the text around.
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            boolean runStarts = rule.runStartsOnly();
            for (int i = 0; i < length; i++) {
                char c = text.charAt(i);
                if (!first.get(c) || (runStarts && i > 0 && DateGrammar.sameRun(text.charAt(i - 1), c))) {
                    continue;
                }
                m.region(i, length);
                if (m.lookingAt() && m.end() > i) {
                    add(found, rule, m);
                    i = m.end() - 1;
                }
            }
        }
        return found;
    }

    private static void add(List<DateMatch> found, DateGrammar.Rule rule, Matcher m) {
        if (m.end() == m.start()) {
            return;
        }
        Map<String, String> groups = new HashMap<>();
        for (String name : rule.groups()) {
            String g = m.group(name);
            if (g != null) {
                groups.put(canonical(name), g);
            }
        }
        found.add(new DateMatch(m.start(), m.end(), rule, groups));
    }

    /**
     * Java forbids two groups of the same name in one regex, so a part written in kanji gets its own group
     * with a "k" prefix (km, kd, kc, ky): it means the same as the plain one.
     */
    private static String canonical(String group) {
        return group.length() == 2 && group.charAt(0) == 'k' && "mdcy".indexOf(group.charAt(1)) >= 0
                ? group.substring(1) : group;
    }

    /** Longest first, then leftmost, "ignore" rules before dates on a tie; no overlaps; back in text order. */
    private static List<DateMatch> select(List<DateMatch> found) {
        found.sort(Comparator.comparingInt(DateMatch::length).reversed()
                .thenComparingInt(DateMatch::start)
                .thenComparing(m -> !m.rule().ignore()));
        BitSet taken = new BitSet();
        List<DateMatch> kept = new ArrayList<>();
        for (DateMatch m : found) {
            int clash = taken.nextSetBit(m.start());
            if (clash >= 0 && clash < m.end()) {
                continue;
            }
            taken.set(m.start(), m.end());
            if (!m.rule().ignore()) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(DateMatch::start));
        return kept;
    }
}
