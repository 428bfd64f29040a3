package dev.newspipe.enrichment.entities.ja;

import dev.newspipe.contract.EntityType;
import dev.newspipe.enrichment.entities.chain.Annotator;
import dev.newspipe.enrichment.entities.chain.Evidence;
import dev.newspipe.enrichment.entities.chain.Gazetteer;
import dev.newspipe.enrichment.entities.chain.Proposal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Organisations the dictionary does not know, recognised by how Japanese news writes them:
 * (1) a place name fused with a foreign word the dictionary does not know, in either order: clubs and
 * companies (浦安ブレイザーズ, ヴィッセル神戸, グリフォンズ金沢): the place is then part of the
 * name, not a mention of the place; (2) a name followed by its head office in brackets, the way companies and
 * institutions are introduced (サンプルテック（仙台市）): people get their age there, not a municipality.
 */
final class CompoundOrgAnnotator implements Annotator<FieldText> {
    private static final int MAX_RUN_TOKENS = 5;
    /** A municipality, optionally after its prefecture: 仙台市, 東京都港区, 愛媛県西条市; or any place after 本社: 本社・東京. */
    private static final Pattern HEAD_OFFICE = Pattern.compile(
            "(?:(?:本社|本部|本店)[・：:]?)?(?:[\\p{IsHan}\\p{IsHiragana}ヶケ]{1,3}[都道府県])?[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ヶ]{1,6}[市区町村]"
            + "|(?:本社|本部|本店)[・：:]?[\\p{IsHan}\\p{IsKatakana}]{2,6}");

    private final Gazetteer gazetteer;

    CompoundOrgAnnotator(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public void propose(FieldText field, List<Proposal> out) {
        for (int i = 0; i < field.size(); i++) {
            Token t = field.token(i);
            if (isPlace(t)) {
                placeThenForeign(field, i, out);
                foreignThenPlace(field, i, out);
            } else if (t.surface().equals("（") || t.surface().equals("(")) {
                headOffice(field, i, out);
            }
        }
    }

    /** 浦安|ブレイザーズ|は: a place, then katakana the dictionary does not know, then no more noun. */
    private void placeThenForeign(FieldText field, int place, List<Proposal> out) {
        int k = place + 1;
        boolean unknown = false;
        while (k < field.size() && k <= place + 2 && foreignPart(field.token(k))) {
            unknown |= !field.token(k).known() || field.token(k).isOrgPos();
            k++;
        }
        if (k == place + 1 || !unknown || endsInsideNoun(field.token(k))) {
            return;
        }
        out.add(Proposal.of(field.token(place).start(), field.token(k - 1).end(), EntityType.ORGANIZATION,
                Evidence.COMPOUND));
    }

    /** ヴィッセル|神戸|は: katakana the dictionary does not know right before a place that ends the noun phrase. */
    private void foreignThenPlace(FieldText field, int place, List<Proposal> out) {
        if (endsInsideNoun(field.token(place + 1))) {
            return;
        }
        int k = place - 1;
        boolean unknown = false;
        boolean foreign = false;
        while (k >= 0 && k >= place - MAX_RUN_TOKENS && runPart(field.token(k))) {
            Token t = field.token(k);
            boolean katakana = Scripts.allKatakana(t.surface());
            unknown |= katakana && !t.known();
            foreign |= katakana || Scripts.hasLatin(t.surface());
            k--;
        }
        if (k == place - 1 || !unknown || !foreign) {
            return;
        }
        int first = k + 1;
        // Common kanji words before the name are context: 本拠地ヴィッセル神戸.
        while (first < place && commonKanjiWord(field.token(first))) {
            first++;
        }
        out.add(Proposal.of(field.token(first).start(), field.token(place).end(), EntityType.ORGANIZATION,
                Evidence.COMPOUND));
    }

    /** 〜テック（仙台市）: the noun run before a bracketed municipality, when it holds a foreign or unknown word. */
    private void headOffice(FieldText field, int open, List<Proposal> out) {
        int close = open + 1;
        while (close < field.size() && close <= open + 8 && !field.token(close).surface().equals("）")
                && !field.token(close).surface().equals(")")) {
            close++;
        }
        if (close >= field.size() || close > open + 8 || close == open + 1) {
            return;
        }
        String inside = field.span(field.token(open).end(), field.token(close).start());
        if (!HEAD_OFFICE.matcher(inside).matches()) {
            return;
        }
        int last = open - 1;
        int k = last;
        boolean foreign = false;
        while (k >= 0 && k > last - MAX_RUN_TOKENS * 2) {
            Token t = field.token(k);
            boolean joiner = t.isSymbol() && t.length() == 1 && Scripts.isNameJoiner(t.surface().charAt(0));
            boolean katakana = Scripts.allKatakana(t.surface()) && !t.isPlacePos(); // ジーン read as an adverb
            boolean place = t.isNoun() && (t.isPlacePos() || isPlace(t)); // 〜ネット北陸（金沢市）
            if (!joiner && !katakana && !place && !runPart(t)) {
                break;
            }
            foreign |= katakana || Scripts.hasLatin(t.surface()) || !t.known() && t.length() >= 2;
            k--;
        }
        int first = k + 1;
        // Common kanji words before the name are context: 運営会社, 子会社.
        while (first <= last && commonKanjiWord(field.token(first))) {
            first++;
        }
        // A person's family name first: 田中ハナ（仙台市） is someone from Sendai.
        boolean person = first <= last && field.token(first).isPersonPos() && field.token(first).known();
        if (first > last || !foreign || person || Scripts.isNameJoiner(field.token(first).surface().charAt(0))) {
            return;
        }
        out.add(Proposal.of(field.token(first).start(), field.token(last).end(), EntityType.ORGANIZATION,
                Evidence.COMPOUND));
    }

    private boolean isPlace(Token t) {
        if (t.length() < 2) {
            return false;
        }
        Gazetteer.Entry known = gazetteer.get(t.surface());
        if (known != null) {
            return known.type() == EntityType.LOCATION;
        }
        return t.isPlacePos() && t.known();
    }

    /** A katakana word that is no place: ブレイザーズ, エクスプレス; or one the dictionary tags as an organisation. */
    private boolean foreignPart(Token t) {
        if (t == null || !t.isNoun() || !Scripts.allKatakana(t.surface()) || t.isPlacePos()) {
            return false;
        }
        Gazetteer.Entry known = gazetteer.get(t.surface());
        return known == null || known.type() == EntityType.ORGANIZATION;
    }

    /** A word that may make up a club or company name before a place: katakana, Latin, short kanji, organisation tags. */
    private boolean runPart(Token t) {
        if (t == null || !t.isNoun() || t.isNumber() || t.isPlacePos() || t.isSahen() && t.known()) {
            return false;
        }
        String pos = t.pos();
        if (pos.startsWith("名詞-非自立") || pos.startsWith("名詞-代名詞") || pos.startsWith("名詞-副詞可能")
                || pos.startsWith("名詞-接尾")) {
            return false;
        }
        Gazetteer.Entry known = gazetteer.get(t.surface());
        return known == null || known.type() != EntityType.LOCATION;
    }

    private static boolean commonKanjiWord(Token t) {
        return t.known() && !t.isProper() && Scripts.allKanji(t.surface()) && t.length() >= 2;
    }

    /** Whether the next token continues the noun phrase (then the fused words are part of a longer name or a word). */
    private static boolean endsInsideNoun(Token next) {
        return next != null && (next.isNoun() || next.pos().startsWith("接頭詞"));
    }
}
