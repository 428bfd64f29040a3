package dev.newspipe.enrichment.entities.en;

import dev.newspipe.contract.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Known names as token sequences, looked up by their first token: a hash lookup and a few comparisons per
 * position, whatever the size of the lists. Matching ignores case except for acronyms ("WHO" is the
 * organisation, "Who" at the start of a question is not).
 */
final class Gazetteer {

    /** A known name. {@code type} null marks a capitalised phrase that is known NOT to be an entity. */
    record Entry(String[] tokens, boolean exactCase, EntityType type, String canonical, String key) {
    }

    record Match(Entry entry, int end) {
    }

    private final Map<String, List<Entry>> byFirstToken = new HashMap<>();
    private final EnglishTokenizer tokenizer;

    Gazetteer(EnglishTokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    /** Adds {@code name}; an earlier entry for the same name wins. */
    void add(String name, EntityType type, String canonical, String key) {
        List<Token> tokens = tokenizer.tokenize(name.strip());
        if (tokens.isEmpty()) {
            return;
        }
        String[] texts = tokens.stream().map(Token::text).toArray(String[]::new);
        boolean acronym = tokens.size() == 1 && tokens.get(0).allCaps() && !texts[0].contains(".");
        List<Entry> list = byFirstToken.computeIfAbsent(texts[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>());
        for (Entry e : list) {
            if (sameTokens(e.tokens(), texts) && e.exactCase() == acronym) {
                return;
            }
        }
        list.add(new Entry(texts, acronym, type, canonical, key));
        list.sort(Comparator.comparingInt((Entry e) -> -e.tokens().length));
    }

    boolean contains(String name) {
        List<Token> tokens = tokenizer.tokenize(name);
        Match m = tokens.isEmpty() ? null : longest(tokens, 0, tokens.size());
        return m != null && m.end() == tokens.size();
    }

    /** The longest entry matching {@code tokens} from {@code from}, not reaching past {@code limit}; else null. */
    Match longest(List<Token> tokens, int from, int limit) {
        List<Entry> candidates = byFirstToken.get(tokens.get(from).lower());
        if (candidates == null) {
            return null;
        }
        for (Entry e : candidates) {
            int end = from + e.tokens().length;
            if (end > limit || !matches(e, tokens, from)) {
                continue;
            }
            return new Match(e, end);
        }
        return null;
    }

    /** The entry that is exactly {@code tokens[from, to)}, else null. */
    Entry exact(List<Token> tokens, int from, int to) {
        List<Entry> candidates = byFirstToken.get(tokens.get(from).lower());
        if (candidates == null) {
            return null;
        }
        for (Entry e : candidates) {
            if (e.tokens().length == to - from && matches(e, tokens, from)) {
                return e;
            }
        }
        return null;
    }

    private static boolean matches(Entry e, List<Token> tokens, int from) {
        String[] want = e.tokens();
        for (int k = 0; k < want.length; k++) {
            Token t = tokens.get(from + k);
            if (e.exactCase() ? !t.text().equals(want[k]) : !t.text().equalsIgnoreCase(want[k])) {
                if (!(t.kind() == Token.Kind.POSSESSIVE && want[k].replace('’', '\'').equals(t.text().replace('’', '\'')))) {
                    return false;
                }
            }
            // a capitalised entry word must be capitalised in the text too ("Turkey", not "turkey")
            if (Character.isUpperCase(want[k].codePointAt(0)) && !t.capitalized()) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameTokens(String[] a, String[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!a[i].equalsIgnoreCase(b[i])) {
                return false;
            }
        }
        return true;
    }
}
