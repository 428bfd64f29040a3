package dev.newspipe.enrichment.entities.ja;

import dev.newspipe.contract.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Second forms of names already found. (1) What a name is followed by in brackets: a katakana reading
 * (仁川（インチョン）, 尹錫悦（ユン・ソンニョル）), an acronym (経済協力開発機構（ＯＥＣＤ）, 東日本旅客鉄道（JR東日本）)
 * or a kanji abbreviation made of the name's own characters (日本高等学校野球連盟（高野連）). (2) Every other
 * occurrence in the field of a name a rule found once (トランプ氏 … トランプ), so later bare mentions count.
 */
final class AliasRule {

    static final int PRIORITY = 5;
    private static final int MAX_ALIAS = 20;

    List<Candidate> expand(FieldText field, List<Candidate> chosen) {
        List<Candidate> result = new ArrayList<>(chosen);
        List<Candidate> aliases = new ArrayList<>();
        for (Candidate c : chosen) {
            Candidate alias = bracketed(field, c);
            if (alias != null) {
                aliases.add(alias);
            }
        }
        for (Candidate alias : aliases) {
            result.removeIf(c -> c.overlaps(alias.start(), alias.end()));
            result.add(alias);
        }
        propagate(field, result);
        result.sort(Comparator.comparingInt(Candidate::start));
        return result;
    }

    private static Candidate bracketed(FieldText field, Candidate c) {
        if (c.type() == null) {
            return null;
        }
        char open = field.charAt(c.end());
        if (open != '（' && open != '(') {
            return null;
        }
        char close = open == '（' ? '）' : ')';
        int from = c.end() + 1;
        int to = -1;
        for (int i = from; i < field.text.length() && i <= from + MAX_ALIAS; i++) {
            char ch = field.text.charAt(i);
            if (ch == close) {
                to = i;
                break;
            }
            if (ch == open || ch == '\n' || ch == '、' || ch == '。') {
                return null;
            }
        }
        if (to <= from) {
            return null;
        }
        String inside = field.span(from, to);
        String name = field.span(c.start(), c.end());
        // A person's reading names both family and given name (尹錫悦（ユン・ソンニョル）); single katakana words in
        // brackets after a person are their club or company (〜翔平（ドジャース）).
        boolean reading = Scripts.isKatakanaName(inside) && !inside.equals(name)
                && (c.type() != EntityType.PERSON || hasJoiner(inside));
        boolean alias = reading
                || c.type() == EntityType.ORGANIZATION && (Scripts.isAcronymLike(inside) || isAbbreviation(inside, name));
        if (!alias) {
            return null;
        }
        return new Candidate(from, to, c.type(), c.canonical(), c.key(), Math.min(0.9, c.confidence()), PRIORITY);
    }

    private static boolean hasJoiner(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Scripts.isNameJoiner(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code shortForm} takes its characters, in order, from {@code name}: 高野連 from 日本高等学校野球連盟. */
    static boolean isAbbreviation(String shortForm, String name) {
        if (shortForm.length() < 2 || shortForm.length() >= name.length() || !Scripts.allKanji(shortForm)) {
            return false;
        }
        int at = 0;
        for (int i = 0; i < shortForm.length(); i++) {
            at = name.indexOf(shortForm.charAt(i), at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }

    /** Tags the other occurrences of names found by rules or brackets, on token boundaries. */
    private static void propagate(FieldText field, List<Candidate> result) {
        CharTrie<Candidate> learned = new CharTrie<>();
        for (Candidate c : result) {
            if (c.priority() == GazetteerRule.PRIORITY) {
                continue; // the gazetteer already finds every occurrence
            }
            if (c.type() == null || c.priority() == ProperNounRule.PRIORITY || c.length() < 2) {
                continue; // IPADIC tags are found in place, with their context
            }
            learned.put(field.folded.substring(c.start(), c.end()), c);
        }
        if (learned.isEmpty()) {
            return;
        }
        boolean[] taken = new boolean[field.text.length()];
        for (Candidate c : result) {
            for (int i = c.start(); i < c.end(); i++) {
                taken[i] = true;
            }
        }
        List<Candidate> added = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        for (Token token : field.tokens) {
            int start = token.start();
            if (taken[start]) {
                continue;
            }
            learned.matchesFrom(field.folded, start, ends);
            for (int end : ends) {
                Candidate known = learned.get(field.folded, start, end);
                if (end - start >= 2 && field.tokenEndingAt(end) >= 0 && SpanResolver.isFree(taken, start, end)) {
                    added.add(new Candidate(start, end, known.type(), known.canonical(), known.key(),
                            known.confidence(), known.priority()));
                    for (int i = start; i < end; i++) {
                        taken[i] = true;
                    }
                    break;
                }
            }
        }
        result.addAll(added);
    }
}
