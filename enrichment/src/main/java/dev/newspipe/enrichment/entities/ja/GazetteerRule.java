package dev.newspipe.enrichment.entities.ja;

import dev.newspipe.contract.EntityType;

import java.util.ArrayList;
import java.util.List;

/**
 * Known names (countries, gazetteer) wherever a token starts. The match must end on a token boundary, except
 * that a place name of three characters or more may end inside a token (東京都 in 東京|都内). A place followed
 * by a demonym suffix (中国人, 日本語) or an event word (神戸まつり, 東京五輪) is not a mention of the place. A region
 * or prefecture followed by 地方 or a compass part is named with it (東北南部, 北陸地方); a country is not (中国東部).
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
        List<Integer> ends = new ArrayList<>();
        for (Token token : field.tokens) {
            // Names start at nouns (or a prefix, or Latin letters): 大分 read as an adverb (だいぶ) is no place.
            if (!token.isNoun() && !token.pos().startsWith("接頭詞") && !token.pos().startsWith("記号-アルファベット")) {
                continue;
            }
            int start = token.start();
            gazetteer.matchesFrom(field.folded, start, ends);
            for (int end : ends) {
                int length = end - start;
                if (length < 2) {
                    break;
                }
                Gazetteer.Entry entry = gazetteer.at(field.folded, start, end);
                if (acceptable(field, entry, end, length)) {
                    out.add(new Candidate(start, end, entry.type(), entry.canonical(), entry.key(), 0.95, PRIORITY));
                    Token part = field.token(field.tokenStartingAt(end));
                    if (entry.type() == EntityType.LOCATION && !isCountry(entry) && part != null
                            && JapaneseLexicon.in(lexicon.regionParts, part.surface())) {
                        // 東北南部, 北陸地方: a region of a region is named with it; a country's part is not (中国東部).
                        // Before an event word (〜北部豪雨) the whole is blocked.
                        boolean event = lexicon.endsPlaceMention(field.token(field.tokenStartingAt(part.end())));
                        out.add(new Candidate(start, part.end(), event ? null : entry.type(), entry.canonical(), entry.key(), 0.95,
                                PRIORITY));
                    }
                    break;
                }
            }
        }
    }

    private static boolean isCountry(Gazetteer.Entry entry) {
        String key = entry.key();
        return key.length() == 2 && Character.isUpperCase(key.charAt(0)) && Character.isUpperCase(key.charAt(1));
    }

    private boolean acceptable(FieldText field, Gazetteer.Entry entry, int end, int length) {
        boolean onBoundary = field.tokenEndingAt(end) >= 0 || end == field.text.length();
        if (!onBoundary && !(entry.type() == EntityType.LOCATION && length >= 3)) {
            return false;
        }
        if (entry.type() == null) {
            return true;
        }
        if (entry.type() == EntityType.LOCATION) {
            if (lexicon.endsPlaceMention(field.token(field.tokenStartingAt(end)))) {
                return false;
            }
        }
        return true;
    }
}
