package dev.newspipe.enrichment.entities.en;

import dev.newspipe.contract.EntityType;
import dev.newspipe.enrichment.entities.chain.Annotator;
import dev.newspipe.enrichment.entities.chain.Evidence;
import dev.newspipe.enrichment.entities.chain.Gazetteer;
import dev.newspipe.enrichment.entities.chain.Proposal;

import java.util.List;
import java.util.Locale;

/** "Tokyo-based", "London-headquartered": the known place an adjective is built on. */
final class PlaceAdjectives implements Annotator<EnglishText> {

    @Override
    public void propose(EnglishText tx, List<Proposal> out) {
        if (tx.titleCaseHeadline) {
            return;
        }
        EnglishLexicon lex = tx.lex;
        for (int i = tx.dateline.end(); i < tx.n; i++) {
            Token t = tx.tokens.get(i);
            int hyphen = t.text().lastIndexOf('-');
            if (t.capitalized() || !t.isWord() || hyphen <= 0 || !Character.isUpperCase(t.text().charAt(0))
                    || !lex.placeSuffixes.contains(t.text().substring(hyphen + 1).toLowerCase(Locale.ROOT))) {
                continue;
            }
            String place = t.text().substring(0, hyphen);
            List<Token> inner = lex.tokenizer.tokenize(place);
            if (inner.isEmpty()) {
                continue;
            }
            Gazetteer.Entry e = lex.gazetteer.exact(new TokenSequence(place, inner), 0, inner.size());
            if (e != null && e.type() == EntityType.LOCATION) {
                out.add(Proposal.known(t.start(), t.start() + hyphen, e.type(), e.canonical(), e.key(), Evidence.KNOWN));
            }
        }
    }
}
