package dev.newspipe.enrichment.entities.ja;

import dev.newspipe.contract.EntityType;
import dev.newspipe.enrichment.entities.chain.CharFold;
import dev.newspipe.enrichment.entities.chain.Evidence;
import dev.newspipe.enrichment.entities.chain.Gazetteer;
import dev.newspipe.enrichment.entities.chain.Proposal;
import dev.newspipe.enrichment.entities.chain.Refiner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Second forms of names already found. (1) What a name is followed by in brackets: a katakana reading
 * (仁川（インチョン）, 尹錫悦（ユン・ソンニョル）), an acronym (経済協力開発機構（ＯＥＣＤ）, 東日本旅客鉄道（JR東日本）)
 * or a kanji abbreviation made of the name's own characters (日本高等学校野球連盟（高野連）). (2) Every other
 * occurrence in the field of a name an annotator found once (トランプ氏 … トランプ), so later bare mentions count.
 */
final class AliasRefiner implements Refiner<FieldText> {

    private static final int MAX_ALIAS = 20;
    /**
     * The evidence whose names are looked for again elsewhere in the field. Gazetteer entries are found at every
     * occurrence already; the tagger's and context's names are found in place, with their context; legal-form
     * and compound names are not repeated, as before the chain (whether repeating them helps is not measured).
     */
    private static final Set<Evidence> REPEATED = EnumSet.of(Evidence.ALIAS, Evidence.TITLE, Evidence.SUFFIX,
            Evidence.SHAPE);

    @Override
    public List<Proposal> refine(FieldText field, List<Proposal> chosen) {
        List<Proposal> result = new ArrayList<>(chosen);
        List<Proposal> aliases = new ArrayList<>();
        for (Proposal c : chosen) {
            Proposal alias = bracketed(field, c);
            if (alias != null) {
                aliases.add(alias);
            }
        }
        for (Proposal alias : aliases) {
            result.removeIf(c -> c.overlaps(alias.start(), alias.end()));
            result.add(alias);
        }
        propagate(field, result);
        result.sort(Comparator.comparingInt(Proposal::start));
        return result;
    }

    private static Proposal bracketed(FieldText field, Proposal c) {
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
        return c.withSpan(from, to, Evidence.ALIAS);
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

    /** Tags the other occurrences of names found by title, suffix, shape or brackets, on token boundaries. */
    private static void propagate(FieldText field, List<Proposal> result) {
        Map<String, Proposal> learned = new HashMap<>(); // by folded surface; a later name replaces an earlier one
        for (Proposal c : result) {
            if (c.type() != null && REPEATED.contains(c.evidence()) && c.length() >= 2) {
                learned.put(field.folded.substring(c.start(), c.end()), c);
            }
        }
        if (learned.isEmpty()) {
            return;
        }
        Gazetteer.Builder names = Gazetteer.builder(CharFold.LATIN);
        learned.forEach((surface, c) -> names.add(new Gazetteer.Entry(surface, c.type(), c.canonical(), c.key(), false)));
        Gazetteer trie = names.build();
        TakenChars taken = new TakenChars(field.text.length(), result);
        List<Proposal> added = new ArrayList<>();
        List<Gazetteer.Match> matches = new ArrayList<>();
        for (Token token : field.tokens) {
            int start = token.start();
            if (taken.isTaken(start)) {
                continue;
            }
            trie.matchesAt(field.folded, start, matches);
            for (Gazetteer.Match match : matches) {
                int end = match.end();
                if (end - start >= 2 && field.tokenEndingAt(end) >= 0 && taken.isFree(start, end)) {
                    Proposal known = learned.get(match.entry().surface());
                    added.add(known.withSpan(start, end, known.evidence()));
                    taken.take(start, end);
                    break;
                }
            }
        }
        result.addAll(added);
    }
}
