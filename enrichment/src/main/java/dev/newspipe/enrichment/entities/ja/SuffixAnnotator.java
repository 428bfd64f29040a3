package dev.newspipe.enrichment.entities.ja;

import dev.newspipe.contract.EntityType;
import dev.newspipe.enrichment.entities.chain.Annotator;
import dev.newspipe.enrichment.entities.chain.Evidence;
import dev.newspipe.enrichment.entities.chain.Gazetteer;
import dev.newspipe.enrichment.entities.chain.Proposal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Organisations and places named by their ending: 〜省, 〜庁, 〜協会, 〜大学, 〜ホールディングス; 〜県, 〜市,
 * 〜空港, 〜川. The name is the suffix plus the nouns right before it (日本|サッカー|協会, 佐世保|市). A strong suffix
 * makes a name after any specific noun (法制審議会); a weak one only after a proper noun, an unknown word,
 * katakana or Latin (日産自動車, not 電気自動車). Generic modifiers (同, 各, 地元, 大手) are never a name.
 * A place takes at most one proper place word before its suffix (長崎県|佐世保市, not 長崎県佐世保市).
 * An organisation ending followed by 長 is a title (〜組合長), and a one-character ending inside a verbal noun is
 * no ending (登庁, 帰省).
 */
final class SuffixAnnotator implements Annotator<FieldText> {

    private static final int MAX_PREFIX_TOKENS = 6;
    private static final int MAX_PLACE_PREFIX_TOKENS = 3;

    private final JapaneseLexicon lexicon;
    private final Gazetteer gazetteer;
    /** Organisation and place endings, read backwards from where a token ends. */
    private final Gazetteer suffixEndings;
    private final Gazetteer eventEndings;

    SuffixAnnotator(JapaneseLexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        Set<String> all = new HashSet<>(lexicon.orgSuffixes.keySet());
        all.addAll(lexicon.placeSuffixes.keySet());
        this.suffixEndings = JapaneseLexicon.endingTrie(all);
        this.eventEndings = JapaneseLexicon.endingTrie(lexicon.eventEndings);
    }

    @Override
    public void propose(FieldText field, List<Proposal> out) {
        List<Gazetteer.Match> matches = new ArrayList<>();
        for (int j = 0; j < field.size(); j++) {
            Token last = field.token(j);
            if (!last.isNoun() && !last.isSymbol()) {
                continue;
            }
            matchSuffixEndingAt(field, j, matches, out);
        }
    }

    private void matchSuffixEndingAt(FieldText field, int j, List<Gazetteer.Match> matches, List<Proposal> out) {
        Token last = field.token(j);
        if (last.isPersonPos()) {
            return; // 北の湖: the dictionary knows it as a person, whatever its ending
        }
        int end = last.end();
        int mirrored = field.folded.length() - end;
        eventEndings.matchesAt(field.reversedFolded, mirrored, matches);
        for (Gazetteer.Match match : matches) {
            if (field.tokenStartingAt(field.folded.length() - match.end()) >= 0) {
                return; // Ｇ２０首脳会議, 〜博覧会: an event, whatever organisation word it ends with
            }
        }
        suffixEndings.matchesAt(field.reversedFolded, mirrored, matches);
        for (Gazetteer.Match match : matches) {
            int suffixStart = field.folded.length() - match.end();
            int length = end - suffixStart;
            String ending = match.entry().canonical();
            // The strengths the ending has as an organisation ending and as a place ending (either may be null).
            JapaneseLexicon.Strength org = lexicon.orgSuffixes.get(ending);
            JapaneseLexicon.Strength place = lexicon.placeSuffixes.get(ending);
            if (length == 1 && field.tokenStartingAt(suffixStart) < 0) {
                // A one-character suffix inside a common word is no suffix: 府 in 政府, 会 in 大会, 社 in 会社.
                // Inside a proper noun it is (法隆寺); strong organisation suffixes always are (国税庁).
                Token holder = field.token(field.tokenContaining(suffixStart));
                boolean properWord = holder != null && (holder.isProper() || !holder.known());
                if (holder != null && holder.known() && holder.isSahen()) {
                    continue; // 庁 in 登庁, 省 in 帰省: a verbal noun, never a suffix
                }
                if (!properWord) {
                    place = null;
                    if (org == JapaneseLexicon.Strength.WEAK) {
                        org = null;
                    }
                }
            }
            Token next = field.token(j + 1);
            if (next != null && next.surface().equals("長") && next.pos().startsWith("名詞-接尾")) {
                org = null; // 組合|長, センター|長: a title after the name of a person
            }
            if (org == null && length == 1 && last.isOrgPos() && last.known() && suffixStart > last.start()) {
                place = null; // サンフレッチェ広島: a club the dictionary knows, whatever place it ends with
            }
            if (org == null && place != null && lexicon.endsPlaceMention(next)) {
                // 能登半島|地震, 長野県|大会: an event named after the place; block the place and its parts
                Proposal event = build(field, j, suffixStart, EntityType.LOCATION, place);
                if (event != null) {
                    out.add(Proposal.blocker(event.start(), event.end(), Evidence.SUFFIX));
                    return;
                }
                continue;
            }
            if (org == null && place == null) {
                continue;
            }
            EntityType type = org != null ? EntityType.ORGANIZATION : EntityType.LOCATION;
            Proposal candidate = build(field, j, suffixStart, type, org != null ? org : place);
            if (candidate != null) {
                out.add(candidate);
                return;
            }
        }
    }

    private Proposal build(FieldText field, int j, int suffixStart, EntityType type, JapaneseLexicon.Strength strength) {
        Token last = field.token(j);
        boolean place = type == EntityType.LOCATION;
        // The token holding the suffix's first character; its part before the suffix (国税 in 国税庁,
        // 早稲田 in 早稲田大学) belongs to the prefix.
        int k = field.tokenContaining(suffixStart);
        if (k < 0) {
            return null;
        }
        Token head = field.token(k);
        int prefixChars = suffixStart - head.start();
        int start = head.start();
        boolean properPlaceTaken = prefixChars > 0 && head.isPlacePos();
        int maxTokens = place ? MAX_PLACE_PREFIX_TOKENS : MAX_PREFIX_TOKENS;
        int taken = 0;
        for (int i = k - 1; i >= 0 && taken < maxTokens; i--) {
            Token t = field.token(i);
            if (!prefixPart(field, i, place)) {
                break;
            }
            if (place && t.isPlacePos()) {
                // A municipality takes its own proper words (安芸|高田|市) but not the prefecture or
                // country before it (北海道|ニセコ町, 長崎県|佐世保市 stops at the suffix anyway).
                Gazetteer.Entry known = gazetteer.get(t.surface());
                if (properPlaceTaken && known != null) {
                    break;
                }
                properPlaceTaken = true;
            }
            start = t.start();
            prefixChars += t.length();
            taken++;
        }
        // Drop generic modifiers and country abbreviations on the left: 同社, 各省庁, 地元の組合,
        // 米|カリフォルニア州 (米 qualifies the name, as in 米大統領).
        int trimmedStart = start;
        while (true) {
            Token t = field.token(field.tokenStartingAt(trimmedStart));
            boolean countryAbbreviation = t != null && t.length() == 1 && JapaneseLexicon.in(lexicon.titleQualifiers, t.surface());
            if (t == null || t.end() > suffixStart
                    || !JapaneseLexicon.in(lexicon.genericModifiers, t.surface()) && !countryAbbreviation) {
                break;
            }
            prefixChars -= t.length();
            trimmedStart = t.end();
        }
        if (prefixChars <= 0 || onlyGeneric(field, trimmedStart, suffixStart)) {
            return null;
        }
        boolean specific = specificIn(field, trimmedStart, suffixStart);
        if (strength == JapaneseLexicon.Strength.WEAK && !specific) {
            return null;
        }
        if (strength == JapaneseLexicon.Strength.WEAK) {
            // A weak suffix names what its specific word names: common nouns before that word are context
            // (本拠地|ドジャー|スタジアム, 大手|日産|自動車).
            trimmedStart = knownNameStart(field, trimmedStart, firstSpecificStart(field, trimmedStart, suffixStart), suffixStart);
        }
        if (strength == JapaneseLexicon.Strength.STRONG && prefixChars < 2 && !specific) {
            return null;
        }
        return Proposal.of(trimmedStart, last.end(), type, Evidence.SUFFIX);
    }

    /** Whether the prefix is made of generic words only (国立大学, 地方空港, 中央銀行). */
    private boolean onlyGeneric(FieldText field, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int k = field.tokenStartingAt(from); k >= 0 && k < field.size() && field.token(k).start() < to; k++) {
            Token t = field.token(k);
            String part = field.span(t.start(), Math.min(t.end(), to));
            if (!JapaneseLexicon.in(lexicon.genericPrefixes, part) && !JapaneseLexicon.in(lexicon.genericModifiers, part)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where a known name begins that the common words before the specific word start (国土|交通省 in
     * 国土交通省関東地方整備局): the name is not cut in two. Else {@code specific}.
     */
    private int knownNameStart(FieldText field, int from, int specific, int suffixStart) {
        List<Gazetteer.Match> matches = new ArrayList<>();
        for (int k = field.tokenStartingAt(from); k >= 0 && k < field.size() && field.token(k).start() < specific; k++) {
            gazetteer.matchesAt(field.folded, field.token(k).start(), matches);
            for (Gazetteer.Match match : matches) {
                int end = match.end();
                if (end > specific && end <= suffixStart && match.entry().type() != null) {
                    return field.token(k).start();
                }
            }
        }
        return specific;
    }

    private int firstSpecificStart(FieldText field, int from, int to) {
        for (int k = field.tokenStartingAt(from); k >= 0 && k < field.size() && field.token(k).start() < to; k++) {
            Token t = field.token(k);
            boolean commonWord = t.known() && !t.isProper() && Scripts.allKanji(t.surface()) && t.end() <= to
                    && (t.pos().startsWith("名詞-一般") || t.isSahen() || t.pos().startsWith("名詞-形容動詞語幹"));
            if (!commonWord) {
                return t.start();
            }
        }
        return from;
    }

    /** Whether the prefix between {@code from} and {@code to} holds a proper noun, unknown word, katakana or Latin. */
    private boolean specificIn(FieldText field, int from, int to) {
        for (int k = field.tokenStartingAt(from); k >= 0 && k < field.size() && field.token(k).start() < to; k++) {
            Token t = field.token(k);
            String part = field.span(t.start(), Math.min(t.end(), to));
            if (isSpecific(part, t)) {
                return true;
            }
        }
        return false;
    }

    private boolean isSpecific(String part, Token t) {
        if (JapaneseLexicon.in(lexicon.genericModifiers, part) || JapaneseLexicon.in(lexicon.genericPrefixes, part)) {
            return false;
        }
        if (t.isProper() && !JapaneseLexicon.in(lexicon.notNames, part)) {
            return true;
        }
        if (!t.known() && part.length() >= 2) {
            return true;
        }
        for (int c = 0; c < part.length(); c++) {
            char ch = part.charAt(c);
            if (Scripts.isKatakana(ch) || Scripts.isLatin(ch)) {
                return true;
            }
        }
        return false;
    }

    private boolean prefixPart(FieldText field, int i, boolean place) {
        Token t = field.token(i);
        String s = t.surface();
        if (t.isSymbol()) {
            // ノ inside names (田子ノ浦), Latin letters Kuromoji files as symbols (ソフトバンクＧ).
            return s.equals("ノ") || (s.length() == 1 && Scripts.isLatin(s.charAt(0)));
        }
        if (t.pos().startsWith("接頭詞-名詞接続")) {
            // 両 and 各 only ever count what they qualify: 公明|両|党 is two parties, not a party named 公明両党
            return !place && !s.equals("両") && !s.equals("各");
        }
        if (!t.isNoun()) {
            return false;
        }
        if (t.isNumber()) {
            return !place && Scripts.allKanji(s); // 十八親和銀行, 第一生命; never digits
        }
        String pos = t.pos();
        if (pos.startsWith("名詞-副詞可能") || pos.startsWith("名詞-非自立") || pos.startsWith("名詞-代名詞")
                || pos.startsWith("名詞-接尾-助数詞") || pos.startsWith("名詞-接尾-人名") || pos.startsWith("名詞-接尾-副詞可能")) {
            return false;
        }
        if (place && (t.isPlaceSuffix() || t.isSahen() && t.known())) {
            return false;
        }
        return true;
    }
}
