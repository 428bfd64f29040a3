package dev.newspipe.enrichment.entities.ja;

import dev.newspipe.contract.EntityType;
import dev.newspipe.enrichment.entities.chain.Annotator;
import dev.newspipe.enrichment.entities.chain.Evidence;
import dev.newspipe.enrichment.entities.chain.Gazetteer;
import dev.newspipe.enrichment.entities.chain.Proposal;

import java.util.ArrayList;
import java.util.List;

/**
 * People named next to a title or honorific. Japanese news writes the title after the name (石破首相,
 * イエレン米財務長官, 加藤勝信財務相, 鈴木さん), sometimes with a country qualifier (米) or a katakana
 * reading in brackets in between (尹錫悦（ユン・ソンニョル）大統領); sumo ranks come before it (横綱照ノ富士).
 * The name is the run of name-like tokens next to the title, without the title: it ends at a particle,
 * punctuation, a number, a verbal noun or a stop word, and must hold at least one proper noun, unknown
 * word or katakana so that common nouns before a title (政府の首相, お客さん) are never taken for names.
 */
final class PersonTitleAnnotator implements Annotator<FieldText> {

    private static final int MAX_NAME_TOKENS = 5;
    private static final int MAX_KANJI_NAME = 8;
    private static final int MAX_FOREIGN_NAME = 30;

    private final JapaneseLexicon lexicon;
    private final Gazetteer gazetteer;

    private final Gazetteer suffixTitles;
    private final Gazetteer prefixTitles;

    PersonTitleAnnotator(JapaneseLexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.suffixTitles = JapaneseLexicon.wordTrie(lexicon.personTitles);
        this.prefixTitles = JapaneseLexicon.wordTrie(lexicon.prefixTitles);
    }

    @Override
    public void propose(FieldText field, List<Proposal> out) {
        List<Gazetteer.Match> matches = new ArrayList<>();
        for (int i = 0; i < field.size(); i++) {
            int titleEnd = titleAt(field, i, suffixTitles, matches);
            if (titleEnd >= 0) {
                nameBefore(field, i, out);
                i = titleEnd;
                continue;
            }
            int prefixEnd = titleAt(field, i, prefixTitles, matches);
            if (prefixEnd >= 0) {
                nameAfter(field, prefixEnd + 1, out);
                i = prefixEnd;
            }
        }
    }

    /** The index of the last token of the longest title starting at token {@code i}, or -1. */
    private int titleAt(FieldText field, int i, Gazetteer titles, List<Gazetteer.Match> matches) {
        Token first = field.token(i);
        if (titles == suffixTitles && first.isPersonSuffix()) {
            return i;
        }
        titles.matchesAt(field.folded, first.start(), matches);
        for (Gazetteer.Match match : matches) {
            int last = field.tokenEndingAt(match.end());
            if (last >= i) {
                return last;
            }
        }
        return -1;
    }

    private void nameBefore(FieldText field, int titleIndex, List<Proposal> out) {
        int i = titleIndex - 1;
        // A katakana reading in brackets between name and title: 尹錫悦（ユン・ソンニョル）大統領.
        Token t = field.token(i);
        if (t != null && (t.surface().equals("）") || t.surface().equals(")"))) {
            int open = i - 1;
            while (open >= 0 && open > i - 8 && !field.token(open).surface().equals("（") && !field.token(open).surface().equals("(")) {
                open--;
            }
            if (open >= 0 && open > i - 8) {
                String inside = field.span(field.token(open).end(), t.start());
                if (Scripts.isKatakanaName(inside)) {
                    i = open - 1;
                }
            }
        }
        // Country or tenure qualifiers between name and title: トランプ米大統領, 菅前首相.
        for (int q = 0; q < 2 && field.token(i) != null && JapaneseLexicon.in(lexicon.titleQualifiers, field.token(i).surface()); q++) {
            i--;
        }
        // The place or organisation a title belongs to, between name and title: 小池百合子|東京|都知事,
        // 山田太郎|ホンダ|社長. Skipped only when a name-like word precedes it (宮城野|親方 is a name itself).
        Token qualifier = field.token(i);
        if (qualifier != null && isPlaceOrOrganisation(qualifier) && i - 1 >= 0 && nameLike(field, i - 1)
                && !isPlaceOrOrganisation(field.token(i - 1))) {
            i--;
        }
        int last = i;
        int first = i + 1;
        boolean foreign = true;
        for (int k = last; k >= 0 && last - k < MAX_NAME_TOKENS * 3; k--) {
            Token token = field.token(k);
            if (!nameLike(field, k)) {
                break;
            }
            first = k;
            foreign &= Scripts.isKatakanaName(token.surface()) || Scripts.isNameJoiner(token.surface().charAt(0));
            if (!foreign && last - k + 1 >= MAX_NAME_TOKENS) {
                break;
            }
        }
        if (first > last || field.token(last).pos().startsWith("名詞-接尾")) {
            return; // パン屋さん, 八百屋さん: a trade, not a name
        }
        if (!foreign && first - 1 >= 0 && nameLike(field, first - 1)) {
            return; // a run of nouns too long to be a name: the name cannot be told apart
        }
        emit(field, first, last, out, foreign ? MAX_FOREIGN_NAME : MAX_KANJI_NAME);
    }

    private void nameAfter(FieldText field, int from, List<Proposal> out) {
        int last = from - 1;
        int chars = 0;
        for (int k = from; k < field.size() && k < from + MAX_NAME_TOKENS; k++) {
            Token token = field.token(k);
            boolean joiner = token.surface().equals("の") || token.surface().equals("ノ");
            Token next = field.token(k + 1);
            Token afterNext = field.token(k + 2);
            boolean shortTail = next != null && next.length() <= 2 && (afterNext == null || !afterNext.isNoun());
            if (joiner && k > from && shortTail && nameLike(field, k + 1)) {
                chars += token.length();
                continue;
            }
            if (!nameLike(field, k) || token.isSahen()) {
                break;
            }
            last = k;
            chars += token.length();
            if (chars > 6) {
                return;
            }
        }
        if (last < from) {
            return;
        }
        Token after = field.token(last + 1);
        if (after != null && after.isNoun() && !after.isPersonSuffix() && !after.surface().equals("（")) {
            return; // 大関昇進, 横綱審議委員会: the rank is part of a longer word, not followed by a name
        }
        String name = field.span(field.token(from).start(), field.token(last).end());
        if (name.length() >= 2) { // a rank right before a word is a strong cue: 横綱白鵬
            add(field, from, last, out);
        }
    }

    private void emit(FieldText field, int first, int last, List<Proposal> out, int maxChars) {
        // A name never starts or ends with a joiner.
        while (first <= last && Scripts.isNameJoiner(field.token(first).surface().charAt(0))) {
            first++;
        }
        if (first > last) {
            return;
        }
        first = withHiraganaFamilyName(field, first);
        int start = field.token(first).start();
        int end = field.token(last).end();
        if (end - start > maxChars || !hasSpecific(field, first, last) && !kanjiNameAfterBoundary(field, first, last)) {
            return;
        }
        add(field, first, last, out);
    }

    /**
     * A name IPADIC reads as common words (孫|正義 before 会長): taken when it is three or four kanji in at
     * least two words, right after a particle, punctuation or the start of the text, so that a single
     * common noun before a title (会社の社長) is still never a name.
     */
    private static boolean kanjiNameAfterBoundary(FieldText field, int first, int last) {
        String name = field.span(field.token(first).start(), field.token(last).end());
        if (last == first || name.length() < 3 || name.length() > 4 || !Scripts.allKanji(name)) {
            return false;
        }
        Token before = field.token(first - 1);
        return before == null || before.isSymbol() || before.isParticle();
    }

    /**
     * Family names written in hiragana (あねざき洋子) fall apart into interjections and particles in IPADIC. When a
     * name starts with a given name, two to four hiragana characters right before it, themselves right after
     * punctuation or the start of the text, are its family name.
     */
    private static int withHiraganaFamilyName(FieldText field, int first) {
        if (!field.token(first).pos().startsWith("名詞-固有名詞-人名-名")) {
            return first;
        }
        int k = first - 1;
        int chars = 0;
        while (k >= 0 && isHiraganaWord(field.token(k).surface()) && chars + field.token(k).length() <= 4) {
            chars += field.token(k).length();
            k--;
        }
        Token before = field.token(k);
        boolean boundary = before == null || before.isSymbol();
        return chars >= 2 && boundary ? k + 1 : first;
    }

    private static boolean isHiraganaWord(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Scripts.isHiragana(s.charAt(i))) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private void add(FieldText field, int first, int last, List<Proposal> out) {
        int start = field.token(first).start();
        int end = field.token(last).end();
        String name = field.span(start, end);
        if (name.length() < 2 || JapaneseLexicon.in(lexicon.nameStopwords, name)) {
            return;
        }
        Gazetteer.Entry known = gazetteer.get(name);
        if (known != null && known.type() == null) {
            return;
        }
        if (known != null && known.type() != EntityType.PERSON && !surnameLikePlace(field, first, last, known)) {
            return; // 日本代表, ＷＴＯ事務局長, 東京代表: an organisation or place before the title
        }
        if (known != null && known.type() != EntityType.PERSON) {
            known = null;
        }
        if (known != null) {
            out.add(Proposal.known(start, end, EntityType.PERSON, known.canonical(), known.key(), Evidence.TITLE));
        } else {
            out.add(Proposal.of(start, end, EntityType.PERSON, Evidence.TITLE));
        }
    }

    /**
     * A place name that is also a family name (石川, 山口) is a person before an honorific (石川氏, 山口さん) or
     * when IPADIC tags it as a name; a country never is.
     */
    private static boolean surnameLikePlace(FieldText field, int first, int last, Gazetteer.Entry known) {
        if (known.type() != EntityType.LOCATION || known.country()) {
            return false;
        }
        Token after = field.token(last + 1);
        if (after != null && after.isPersonSuffix()) {
            return true;
        }
        for (int k = first; k <= last; k++) {
            if (field.token(k).isPersonPos()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A known place or organisation (gazetteer, or an organisation in IPADIC). IPADIC's place tag alone is not
     * enough: it also tags pieces of foreign names (近平 in 習|近平).
     */
    private boolean isPlaceOrOrganisation(Token t) {
        if (t.isOrgPos() && t.known() && t.length() >= 2) {
            return true;
        }
        Gazetteer.Entry known = gazetteer.get(t.surface());
        return known != null && known.type() != null && known.type() != EntityType.PERSON;
    }

    /** Whether the tokens hold something only a name would: a proper noun, an unknown word, katakana, ノ. */
    private boolean hasSpecific(FieldText field, int first, int last) {
        for (int k = first; k <= last; k++) {
            Token t = field.token(k);
            String s = t.surface();
            if ((t.isProper() && !t.isOrgPos()) || !t.known() || Scripts.allKatakana(s) || s.equals("ノ")) {
                return true;
            }
        }
        return false;
    }

    private boolean nameLike(FieldText field, int k) {
        Token t = field.token(k);
        if (t == null) {
            return false;
        }
        String s = t.surface();
        if (JapaneseLexicon.in(lexicon.nameStopwords, s) || JapaneseLexicon.in(lexicon.personTitles, s)) {
            return false;
        }
        if (prefixAfterName(field, k) || prefixBeforeName(field, k)) {
            return true;
        }
        if (t.isSymbol()) {
            if (Scripts.isNameJoiner(s.charAt(0)) || s.equals("ノ")) {
                Token before = field.token(k - 1);
                Token after = field.token(k + 1);
                return before != null && after != null && before.isNoun() && after.isNoun();
            }
            return false;
        }
        if (!t.isNoun()) {
            return false;
        }
        String pos = t.pos();
        if (t.isSahen() && t.known() || pos.startsWith("名詞-副詞可能") || pos.startsWith("名詞-非自立")
                || pos.startsWith("名詞-代名詞") || pos.startsWith("名詞-接尾-助数詞") || pos.startsWith("名詞-接尾-人名")
                || pos.startsWith("名詞-接尾-地域") || pos.startsWith("名詞-接尾-副詞可能") || pos.startsWith("名詞-接尾-サ変接続")
                || pos.startsWith("名詞-接尾-形容動詞語幹") || pos.startsWith("名詞-接続詞的")) {
            return false;
        }
        if (t.isNumber()) {
            return Scripts.allKanji(s);
        }
        if (pos.startsWith("名詞-形容動詞語幹") || pos.startsWith("名詞-接尾")) {
            return s.length() == 1 && Scripts.isKanji(s.charAt(0));
        }
        if (t.isOrgPos() && t.known()) {
            return false;
        }
        return true;
    }

    /** 高 in の|高|島宗|一郎|市長: a name's first kanji read as a prefix, right after a particle or punctuation. */
    private static boolean prefixBeforeName(FieldText field, int k) {
        Token t = field.token(k);
        Token after = field.token(k + 1);
        Token before = field.token(k - 1);
        return t != null && after != null && t.pos().startsWith("接頭詞-名詞接続") && t.length() == 1
                && Scripts.isKanji(t.surface().charAt(0)) && after.isPersonPos()
                && (before == null || before.isParticle() || before.isSymbol());
    }

    /** 平 in 大谷|翔|平|選手: IPADIC reads a name's last kanji as a prefix of the title. */
    private static boolean prefixAfterName(FieldText field, int k) {
        Token t = field.token(k);
        Token before = field.token(k - 1);
        return t != null && before != null && t.pos().startsWith("接頭詞-名詞接続") && t.length() == 1
                && Scripts.isKanji(t.surface().charAt(0)) && before.isPersonPos();
    }
}
