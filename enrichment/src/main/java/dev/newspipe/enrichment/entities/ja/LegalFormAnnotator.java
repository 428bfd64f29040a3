package dev.newspipe.enrichment.entities.ja;

import dev.newspipe.contract.EntityType;
import dev.newspipe.enrichment.entities.chain.Annotator;
import dev.newspipe.enrichment.entities.chain.Evidence;
import dev.newspipe.enrichment.entities.chain.Gazetteer;
import dev.newspipe.enrichment.entities.chain.Proposal;

import java.util.ArrayList;
import java.util.List;

/**
 * Organisations introduced by their legal form (株式会社サンライズ・テック, 一般社団法人〜協会): the legal form
 * and the nouns, katakana, Latin letters and middle dots after it, up to a particle or punctuation.
 */
final class LegalFormAnnotator implements Annotator<FieldText> {

    private static final int MAX_NAME_TOKENS = 8;

    private final Gazetteer legalForms;

    LegalFormAnnotator(JapaneseLexicon lexicon) {
        this.legalForms = JapaneseLexicon.wordTrie(lexicon.orgPrefixes);
    }

    @Override
    public void propose(FieldText field, List<Proposal> out) {
        List<Gazetteer.Match> matches = new ArrayList<>();
        for (int i = 0; i < field.size(); i++) {
            Token token = field.token(i);
            legalForms.matchesAt(field.folded, token.start(), matches);
            int prefixEnd = -1;
            for (Gazetteer.Match match : matches) {
                if (field.tokenEndingAt(match.end()) >= 0) {
                    prefixEnd = match.end();
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
                out.add(Proposal.of(token.start(), field.token(last).end(), EntityType.ORGANIZATION, Evidence.LEGAL_FORM));
                i = last;
            }
        }
    }
}
