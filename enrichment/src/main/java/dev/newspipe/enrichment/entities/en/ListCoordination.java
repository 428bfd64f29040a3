package dev.newspipe.enrichment.entities.en;

import dev.newspipe.contract.EntityType;
import dev.newspipe.enrichment.entities.chain.Evidence;
import dev.newspipe.enrichment.entities.chain.Proposal;
import dev.newspipe.enrichment.entities.chain.Refiner;

import java.util.ArrayList;
import java.util.List;
/** "X, Y and Z", "X and Y": a span nothing typed is what its neighbours in the list are (two rounds, for longer lists). */
final class ListCoordination implements Refiner<EnglishText> {

    @Override
    public List<Proposal> refine(EnglishText tx, List<Proposal> chosen) {
        List<Proposal> spans = new ArrayList<>(chosen);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < spans.size(); i++) {
                if (Spans.isUnknown(spans.get(i))) {
                    EntityType t = coordinatedType(tx, spans, i);
                    if (t != null) {
                        spans.set(i, Spans.typed(spans.get(i), t, Evidence.GUESS));
                    }
                }
            }
        }
        return spans;
    }

    /** "X, Y and Z" / "X and Y": the type the neighbours in the list share. */
    private static EntityType coordinatedType(EnglishText tx, List<Proposal> spans, int i) {
        Proposal c = spans.get(i);
        EntityType t = null;
        if (i > 0 && joined(tx, spans.get(i - 1), c)) {
            t = spans.get(i - 1).type();
        }
        if (t == null && i + 1 < spans.size() && joined(tx, c, spans.get(i + 1))) {
            t = spans.get(i + 1).type();
        }
        Token after = tx.word(tx.to(c));
        if (t != null && t != EntityType.PERSON && tx.length(c) >= 2 && tx.nameLike(c) && after != null
                && (after.lower().equals("in") || after.lower().equals("at"))) {
            return null; // "(Reporting by A in London and B in Tokyo)": people placed somewhere, not places
        }
        return t;
    }

    private static boolean joined(EnglishText tx, Proposal a, Proposal b) {
        if (Spans.isBlocked(a) || Spans.isBlocked(b)) {
            return false;
        }
        int aTo = tx.to(a);
        int bFrom = tx.from(b);
        List<Token> tokens = tx.tokens;
        if (bFrom == aTo + 1) {
            String w = tokens.get(aTo).lower();
            return w.equals(",") || w.equals("and") || w.equals("or");
        }
        return bFrom == aTo + 2 && tokens.get(aTo).text().equals(",") && (tokens.get(aTo + 1).lower().equals("and")
                || tokens.get(aTo + 1).lower().equals("or"));
    }

}
