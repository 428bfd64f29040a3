package dev.newspipe.enrichment.entities.ja;

import dev.newspipe.contract.EntityType;
import dev.newspipe.enrichment.entities.chain.Annotator;
import dev.newspipe.enrichment.entities.chain.Evidence;
import dev.newspipe.enrichment.entities.chain.Gazetteer;
import dev.newspipe.enrichment.entities.chain.Proposal;

import java.util.ArrayList;
import java.util.List;

/**
 * Known names (countries, gazetteer) wherever a token starts. The match must end on a token boundary, except
 * that a place name of three characters or more may end inside a token (東京都 in 東京|都内). A place followed
 * by a demonym suffix (中国人, 日本語) or an event word (神戸まつり, 東京五輪) is not a mention of the place. A region
 * or prefecture followed by 地方 or a compass part is named with it (東北南部, 北陸地方); a country is not (中国東部).
 */
final class GazetteerAnnotator implements Annotator<FieldText> {

    private final Gazetteer gazetteer;
    private final JapaneseLexicon lexicon;

    GazetteerAnnotator(Gazetteer gazetteer, JapaneseLexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    @Override
    public void propose(FieldText field, List<Proposal> out) {
        List<Gazetteer.Match> matches = new ArrayList<>();
        for (Token token : field.tokens) {
            // Names start at nouns (or a prefix, or Latin letters): 大分 read as an adverb (だいぶ) is no place.
            if (!token.isNoun() && !token.pos().startsWith("接頭詞") && !token.pos().startsWith("記号-アルファベット")) {
                continue;
            }
            gazetteer.matchesAt(field.folded, token.start(), matches);
            for (Gazetteer.Match match : matches) {
                int length = match.end() - match.start();
                if (length < 2) {
                    break; // single characters (米, 中, 日) are the fused abbreviations of compounds such as 日米
                }
                Gazetteer.Entry entry = match.entry();
                if (acceptable(field, entry, match.end(), length)) {
                    out.add(proposal(match.start(), match.end(), entry.type(), entry));
                    Token part = field.token(field.tokenStartingAt(match.end()));
                    if (entry.type() == EntityType.LOCATION && !entry.country() && part != null
                            && JapaneseLexicon.in(lexicon.regionParts, part.surface())) {
                        // 東北南部, 北陸地方: a region of a region is named with it; a country's part is not (中国東部).
                        // Before an event word (〜北部豪雨) the whole is blocked.
                        boolean event = lexicon.endsPlaceMention(field.token(field.tokenStartingAt(part.end())));
                        out.add(proposal(match.start(), part.end(), event ? null : entry.type(), entry));
                    }
                    break;
                }
            }
        }
    }

    private static Proposal proposal(int start, int end, EntityType type, Gazetteer.Entry entry) {
        return Proposal.known(start, end, type, entry.canonical(), entry.key(), Evidence.KNOWN);
    }

    private boolean acceptable(FieldText field, Gazetteer.Entry entry, int end, int length) {
        boolean onBoundary = field.tokenEndingAt(end) >= 0 || end == field.text.length();
        if (!onBoundary && !(entry.type() == EntityType.LOCATION && length >= 3)) {
            return false;
        }
        if (entry.type() == EntityType.LOCATION) {
            return !lexicon.endsPlaceMention(field.token(field.tokenStartingAt(end)));
        }
        return true;
    }
}
