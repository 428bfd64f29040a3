package dev.newspipe.enrichment.entities.ja;

import dev.newspipe.contract.EntityType;

import java.util.ArrayList;
import java.util.List;

/**
 * Organisations introduced by their legal form (株式会社サンライズ・テック, 一般社団法人〜協会): the legal form
 * and the nouns, katakana, Latin letters and middle dots after it, up to a particle or punctuation.
 */
final class OrgPrefixRule {

    static final int PRIORITY = 3;
    private static final int MAX_NAME_TOKENS = 8;

    private final CharTrie<Boolean> prefixes = new CharTrie<>();

    OrgPrefixRule(JapaneseLexicon lexicon) {
        lexicon.orgPrefixes.forEach(p -> prefixes.put(p, Boolean.TRUE));
    }

    void apply(FieldText field, List<Candidate> out) {
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < field.size(); i++) {
            Token token = field.token(i);
            prefixes.matchesFrom(field.folded, token.start(), ends);
            int prefixEnd = -1;
            for (int end : ends) {
                if (field.tokenEndingAt(end) >= 0) {
                    prefixEnd = end;
                    break;
                }
            }
            if (prefixEnd < 0) {
                continue;
            }
            int k = field.tokenEndingAt(prefixEnd) + 1;
            int last = -1;
            for (int n = 0; k < field.size() && n < MAX_NAME_TOKENS; k++, n++) {
                Token t = field.token(k);
                boolean joiner = t.isSymbol() && t.length() == 1 && Scripts.isNameJoiner(t.surface().charAt(0));
                boolean letters = t.pos().startsWith("記号-アルファベット");
                if (!(t.isNoun() && !t.isNumber() && !t.pos().startsWith("名詞-非自立")) && !joiner && !letters) {
                    break;
                }
                if (!joiner) {
                    last = k;
                }
            }
            if (last >= 0) {
                out.add(new Candidate(token.start(), field.token(last).end(), EntityType.ORGANIZATION, null, null, 0.8,
                        PRIORITY));
                i = last;
            }
        }
    }
}
