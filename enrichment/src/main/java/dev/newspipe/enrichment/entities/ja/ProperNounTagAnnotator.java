package dev.newspipe.enrichment.entities.ja;

import dev.newspipe.contract.EntityType;
import dev.newspipe.enrichment.entities.chain.Annotator;
import dev.newspipe.enrichment.entities.chain.Evidence;
import dev.newspipe.enrichment.entities.chain.Proposal;

import java.util.List;

/**
 * IPADIC's own proper-noun tags, the weakest evidence ({@link Evidence#TAGGER}): 組織 tokens as organisations,
 * 地域 tokens as places (unless a place suffix or demonym follows: the suffix annotator or nothing takes those), a
 * family name directly followed by given-name tokens as a person (石破|茂; a one-character family name only in a
 * name of three or four characters, 関|真|瑚), 人名-一般 entries (full names in the dictionary) as persons, and
 * 固有名詞-一般 entries whose ending says what they are (信濃川, 成田空港).
 * Single characters are skipped: they are the fused abbreviations of 日米 or name fragments.
 */
final class ProperNounTagAnnotator implements Annotator<FieldText> {

    private final JapaneseLexicon lexicon;
    private final SuffixTypes suffixTypes;

    ProperNounTagAnnotator(JapaneseLexicon lexicon, SuffixTypes suffixTypes) {
        this.lexicon = lexicon;
        this.suffixTypes = suffixTypes;
    }

    /** A lower-case letter followed by a capital (iPhone, iPS, eSIM) is how products and techniques are written. */
    private static boolean productLike(String surface) {
        char first = surface.charAt(0);
        boolean lowerFirst = (first >= 'a' && first <= 'z') || (first >= '\uFF41' && first <= '\uFF5A');
        if (!lowerFirst) {
            return false;
        }
        for (int i = 1; i < surface.length(); i++) {
            if (Scripts.isUpperLatin(surface.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A one-character family name (林, 森, 原) followed by given-name tokens: a person when the whole is at least
     * three characters and nothing but a particle or punctuation follows (関|真|瑚|が). Returns the last index used.
     */
    private static int singleKanjiSurname(FieldText field, int i, List<Proposal> out) {
        int last = i;
        while (field.token(last + 1) != null && field.token(last + 1).pos().startsWith("名詞-固有名詞-人名-名")) {
            last++;
        }
        if (last == i) {
            return i;
        }
        last = withUnknownLastKanji(field, last);
        Token next = field.token(last + 1);
        int start = field.token(i).start();
        int end = field.token(last).end();
        if (end - start < 3 || end - start > 4 || next != null && next.isNoun() && !next.isPersonSuffix()) {
            return i;
        }
        out.add(Proposal.of(start, end, EntityType.PERSON, Evidence.TAGGER));
        return last;
    }

    /**
     * A given name's last kanji that the dictionary splits off as an unknown word or a proper noun of its own
     * (真|瑚, 翔|平, 聡|太 with 平 and 太 read as places): part of the name when the name stays within four
     * characters and no other noun follows (a particle, a bracket, a number or an honorific may).
     */
    private static int withUnknownLastKanji(FieldText field, int last) {
        Token next = field.token(last + 1);
        Token after = field.token(last + 2);
        if (next == null || next.length() != 1 || !Scripts.isKanji(next.surface().charAt(0)) || !next.isNoun()
                || next.known() && !next.isProper()) {
            return last;
        }
        int first = last;
        while (first > 0 && field.token(first - 1).isPersonPos()) {
            first--;
        }
        if (next.end() - field.token(first).start() > 4) {
            return last;
        }
        boolean nameEnds = after == null || !after.isNoun() || after.isNumber() || after.isPersonSuffix();
        return nameEnds ? last + 1 : last;
    }

    @Override
    public void propose(FieldText field, List<Proposal> out) {
        for (int i = 0; i < field.size(); i++) {
            Token token = field.token(i);
            if (token.length() == 1 && token.pos().startsWith("名詞-固有名詞-人名-姓")) {
                i = singleKanjiSurname(field, i, out);
                continue;
            }
            if (!token.isProper() || token.length() < 2 || JapaneseLexicon.in(lexicon.notNames, token.surface())
                    || JapaneseLexicon.in(lexicon.personTitles, token.surface())) {
                continue;
            }
            Token next = field.token(i + 1);
            if (token.pos().startsWith("名詞-固有名詞-人名-姓")) {
                int last = i;
                while (field.token(last + 1) != null && field.token(last + 1).pos().startsWith("名詞-固有名詞-人名-名")) {
                    last++;
                }
                if (last > i) {
                    last = withUnknownLastKanji(field, last);
                    out.add(Proposal.of(token.start(), field.token(last).end(), EntityType.PERSON, Evidence.TAGGER));
                    i = last;
                }
            } else if (token.pos().startsWith("名詞-固有名詞-人名-一般")) {
                out.add(Proposal.of(token.start(), token.end(), EntityType.PERSON, Evidence.TAGGER));
            } else if (token.isOrgPos()) {
                if (!token.known() && productLike(token.surface())) {
                    continue; // IPADIC files every unknown Latin word as an organisation: ｉＰＳ, iPhone
                }
                out.add(Proposal.of(token.start(), token.end(), EntityType.ORGANIZATION, Evidence.TAGGER));
            } else if (token.isPlacePos()) {
                if (next != null && next.isPlaceSuffix() || lexicon.endsPlaceMention(next)) {
                    continue;
                }
                // A one-character prefix written onto a place name is part of it: 北青山, 東銀座, 南青山.
                Token before = field.token(i - 1);
                int start = before != null && before.pos().startsWith("接頭詞-名詞接続") && before.length() == 1
                        && !before.isNumber() ? before.start() : token.start();
                out.add(Proposal.of(start, token.end(), EntityType.LOCATION, Evidence.TAGGER));
            } else {
                EntityType type = suffixTypes.typeByEnding(token.surface());
                if (type == EntityType.LOCATION && lexicon.endsPlaceMention(next)) {
                    continue; // 能登半島|地震: an event named after the place
                }
                if (type != null) {
                    out.add(Proposal.of(token.start(), token.end(), type, Evidence.TAGGER));
                }
            }
        }
    }
}
