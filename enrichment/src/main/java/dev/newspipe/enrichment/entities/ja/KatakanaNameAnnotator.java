package dev.newspipe.enrichment.entities.ja;

import dev.newspipe.contract.EntityType;
import dev.newspipe.enrichment.entities.chain.Annotator;
import dev.newspipe.enrichment.entities.chain.Evidence;
import dev.newspipe.enrichment.entities.chain.Gazetteer;
import dev.newspipe.enrichment.entities.chain.Proposal;

import java.util.List;

/**
 * Foreign people as Japanese writes them: katakana words joined by a middle dot or equals sign
 * (ジャネット・イエレン, アントニオ・グテレス; a first part the dictionary splits, ミカ|エラ・〜, too). Taken when some part is a name the dictionary does
 * not know or tags as a person; not when a part is a known place or organisation (ロシア・カムチャツカ lists
 * two places), nor when the first part or a long part is a common word (ポスト・コロナ, デジタル・トランスフォーメーション).
 * After 紙 or 誌 (米紙〜, 英科学誌〜) the katakana words name a newspaper or journal: an organisation.
 */
final class KatakanaNameAnnotator implements Annotator<FieldText> {

    private final Gazetteer gazetteer;

    KatakanaNameAnnotator(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public void propose(FieldText field, List<Proposal> out) {
        int i = 0;
        while (i < field.size()) {
            if (!katakana(field.token(i))) {
                i++;
                continue;
            }
            int j = i;
            int joiners = 0;
            // The first part may be split into several tokens (ミカ|エラ・〜).
            while (j + 1 < field.size() && katakana(field.token(j + 1))) {
                j++;
            }
            int firstPartEnd = j;
            while (j + 2 < field.size() && Scripts.isNameJoiner(field.token(j + 1).surface().charAt(0))
                    && field.token(j + 1).length() == 1 && katakana(field.token(j + 2))) {
                j += 2;
                joiners++;
                while (j + 1 < field.size() && katakana(field.token(j + 1))) {
                    j++;
                }
            }
            if (afterPublicationWord(field, i) && !continuesNoun(field.token(j + 1))) {
                // 英科学誌〜, 米紙〜: a newspaper or journal, whatever its words
                out.add(Proposal.of(field.token(i).start(), field.token(j).end(), EntityType.ORGANIZATION, Evidence.SHAPE));
            } else if (joiners > 0 && looksLikePerson(field, i, j, firstPartEnd)) {
                out.add(Proposal.of(field.token(i).start(), field.token(j).end(), EntityType.PERSON, Evidence.SHAPE));
            }
            i = j + 1;
        }
    }

    /** 紙 and 誌 (米紙, 英科学誌, 経済誌) right before the name: it names a newspaper or a journal. */
    private static boolean afterPublicationWord(FieldText field, int first) {
        Token before = field.token(first - 1);
        return before != null && before.isNoun() && (before.surface().endsWith("紙") || before.surface().endsWith("誌"));
    }

    private static boolean continuesNoun(Token next) {
        return next != null && next.isNoun();
    }

    private static boolean commonWord(Token t) {
        return t.known() && (t.pos().startsWith("名詞-一般") || t.isSahen() || t.pos().startsWith("名詞-形容動詞語幹"));
    }

    private static boolean katakana(Token t) {
        return t != null && t.isNoun() && Scripts.allKatakana(t.surface());
    }

    private boolean looksLikePerson(FieldText field, int first, int last, int firstPartEnd) {
        boolean nameLike = false;
        int partStart = field.token(first).start();
        for (int k = first; k <= last + 1; k++) {
            Token t = field.token(k);
            boolean boundary = k > last || Scripts.isNameJoiner(t.surface().charAt(0));
            if (boundary) {
                int partEnd = field.token(k - 1).end();
                Gazetteer.Entry known = gazetteer.get(field.span(partStart, partEnd));
                if (known != null && known.type() != EntityType.PERSON) { // places, organisations, blockers
                    return false;
                }
                if (known != null) {
                    nameLike = true;
                }
                if (k <= last) {
                    partStart = t.end();
                }
                continue;
            }
            if (t.isPlacePos()) {
                return false; // ジャパン・モビリティショー, アメリカ・ファースト: a place is part of it
            }
            if (!t.known() || t.isPersonPos() || t.isProper()) {
                nameLike = true;
            } else if (commonWord(t) && (k == first && firstPartEnd == first || t.length() >= 5)) {
                return false; // デジタル・トランスフォーメーション, ジャパン・モビリティショー: common words
            }
        }
        return nameLike;
    }
}
