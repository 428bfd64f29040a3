package dev.newspipe.enrichment.entities.ja;

import dev.newspipe.contract.EntityType;

import java.util.List;

/**
 * Known names (countries, gazetteer) wherever a token starts. The match must end on a token boundary, except
 * that a place name of three characters or more may end inside a token (東京都 in 東京|都内). A place followed
 * by a demonym suffix (中国人, 日本語) is not a mention of the place.
 */
final class GazetteerRule {

    static final int PRIORITY = 3;

    private final Gazetteer gazetteer;
    private final JapaneseLexicon lexicon;

    GazetteerRule(Gazetteer gazetteer, JapaneseLexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    void apply(FieldText field, List<Candidate> out) {
        for (Token token : field.tokens) {
            if (token.isSymbol() || token.isParticle()) {
                continue;
            }
            int start = token.start();
            for (int length = gazetteer.longestAt(field.folded, start, 2); length >= 2; length = shorter(field, start, length)) {
                int end = start + length;
                Gazetteer.Entry entry = gazetteer.at(field.folded, start, length);
                if (acceptable(field, entry, end, length)) {
                    out.add(new Candidate(start, end, entry.type(), entry.canonical(), entry.key(), 0.95, PRIORITY));
                    break;
                }
            }
        }
    }

    /** The next shorter entry at {@code start} than {@code length}, or 0. */
    private int shorter(FieldText field, int start, int length) {
        for (int l = length - 1; l >= 2; l--) {
            if (gazetteer.at(field.folded, start, l) != null) {
                return l;
            }
        }
        return 0;
    }

    private boolean acceptable(FieldText field, Gazetteer.Entry entry, int end, int length) {
        boolean onBoundary = field.tokenEndingAt(end) >= 0 || end == field.text.length();
        if (!onBoundary && !(entry.type() == EntityType.LOCATION && length >= 3)) {
            return false;
        }
        if (entry.type() == EntityType.LOCATION) {
            Token next = field.token(field.tokenStartingAt(end));
            if (next != null && JapaneseLexicon.in(lexicon.demonymSuffixes, next.surface())) {
                return false;
            }
        }
        return true;
    }
}
