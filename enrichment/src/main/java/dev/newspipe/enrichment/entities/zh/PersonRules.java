package dev.newspipe.enrichment.entities.zh;

import dev.newspipe.contract.EntityType;
import dev.newspipe.enrichment.entities.chain.Annotator;
import dev.newspipe.enrichment.entities.chain.Evidence;
import dev.newspipe.enrichment.entities.chain.Proposal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Names of people not in the gazetteer:
 * <ul>
 *   <li>Chinese names: a surname and one or two given-name characters that SmartCN left as single
 *       characters (it does not know the name), confirmed by a title before (董事长李书福, 部长王祥喜) or, for
 *       three-character names, a cue after (刘振宇认为, 林晓燕说);</li>
 *   <li>transliterated foreign names: a run of characters of the transliteration alphabet after a title
 *       (外交大臣拉米) or before a cue (拉米说), and any two such runs joined by a middle dot (戴维·拉米);</li>
 *   <li>every other occurrence of a name so confirmed, and the last part of a dotted name (拉米).</li>
 * </ul>
 */
final class PersonRules implements Annotator<ChineseField> {

    private static final String DOTS = "·・•‧∙";
    private static final int MAX_TRANSLITERATED = 8;
    private static final String ROLE_ENDINGS = "员师官长";

    private final ZhLexicon lex;

    PersonRules(ZhLexicon lex) {
        this.lex = lex;
    }

    /**
     * Reads the anchored names (a name opens at a known place or one the place rules found); drops a name that
     * starts inside one read to its left ({@link CrossingNames}).
     */
    @Override
    public void propose(ChineseField field, List<Proposal> out) {
        out.addAll(CrossingNames.withoutCrossings(find(field.anchored()), field.readNames()));
    }

    List<Proposal> find(Scan scan) {
        Set<String> confirmed = new LinkedHashSet<>();
        List<Proposal> found = new ArrayList<>();
        bylineNames(scan, confirmed);
        chineseNames(scan, confirmed);
        tibetanNames(scan, confirmed);
        transliteratedNames(scan, confirmed);
        dottedNames(scan, found, confirmed);
        surnameWithHonorific(scan, found, confirmed);
        for (String name : confirmed) {
            for (int i = scan.text.indexOf(name); i >= 0; i = scan.text.indexOf(name, i + 1)) {
                int end = i + name.length();
                if (!continuesName(scan, i - 1) && !continuesName(scan, end) && scan.words.isBoundary(i)
                        && !swallowsKnownName(scan, confirmed, i, end)) {
                    found.add(Proposal.of(i, end, EntityType.PERSON, Evidence.CONTEXT));
                }
            }
        }
        return found;
    }

    /**
     * Whether the guessed name at [{@code start}, {@code end}) is a name already known run on into the next word
     * (古特雷斯|本|周 read as 古特雷斯本): see {@link #knownNameEnd}. The known name is found on its own (the
     * gazetteer's candidate, or the confirmed name's own occurrences), so the longer guess is simply dropped.
     */
    private boolean swallowsKnownName(Scan scan, Set<String> confirmed, int start, int end) {
        return knownNameEnd(scan, confirmed, start, end) >= 0;
    }

    /**
     * The end of a name already known (a person in the gazetteer, or a name confirmed in the same text) that starts
     * at {@code from} and that a guessed name ending at {@code end} runs on past into the next word, or -1. The
     * known name wins when the characters after it are not the rest of a name but open the next word
     * ({@link #opensNextWord}): 古特雷斯|本周, not 古特雷斯本. A known name continued by what can be part of a name
     * (马克|龙) is left to the longer guess.
     */
    private int knownNameEnd(Scan scan, Set<String> confirmed, int from, int end) {
        Proposal known = scan.knownStartingAt(from);
        if (known != null && known.type() == EntityType.PERSON && known.end() < end && opensNextWord(scan, known.end(), end)) {
            return known.end();
        }
        for (int len = end - from - 1; len >= 2; len--) {
            if (confirmed.contains(scan.text.substring(from, from + len)) && opensNextWord(scan, from + len, end)) {
                return from + len;
            }
        }
        return -1;
    }

    /**
     * Whether the characters from {@code from} (inside a guessed name ending at {@code end}) open the next word
     * rather than continue the name: a function or verb character that does not end a name (本, 在, 来), a cue word
     * or function word written after names (接受, 表示, 以来), or a word SmartCN reads from there on past the
     * guessed name's end.
     */
    private boolean opensNextWord(Scan scan, int from, int end) {
        if (!scan.words.isBoundary(from)) {
            return false; // the known name would be cut out of a word
        }
        if (lex.nameStopChars.contains(scan.charAt(from))
                || ZhLexicon.startsWithAny(scan.text, from, lex.personCues, lex.maxCueLength) != null
                || ZhLexicon.startsWithAny(scan.text, from, lex.functionWords, lex.maxFunctionWordLength) != null) {
            return true;
        }
        int t = scan.words.tokenStartingAt(from);
        return t >= 0 && scan.words.end(t) > end;
    }

    /** Whether the character at {@code pos} would make a transliterated name longer. */
    private boolean continuesName(Scan scan, int pos) {
        char c = scan.charAt(pos);
        return DOTS.indexOf(c) >= 0;
    }

    private void chineseNames(Scan scan, Set<String> confirmed) {
        Segmentation w = scan.words;
        for (int t = 0; t < w.count(); t++) {
            String surname = w.word(t);
            if (!lex.surnames.contains(surname)) {
                continue;
            }
            int start = w.start(t);
            int end = w.end(t);
            if (surname.length() == 1 && (ROLE_ENDINGS + "手").contains(surname) && ZhLexicon.endsWithAny(scan.text, end, lex.personTitles, lex.maxTitleLength)
                    && !ZhLexicon.endsWithAny(scan.text, start, lex.personTitles, lex.maxTitleLength)) {
                continue; // the last character of a title (分析师|刘畅), not a surname
            }
            int given = 0;
            for (int u = t + 1; u < w.count() && given < 2 && w.isSingleHan(u) && w.start(u) == end; u++) {
                end = w.end(u);
                given++;
            }
            // A given name does not end in a function character: 张伟在… is 张伟 + 在.
            while (given > 0 && lex.nameStopChars.contains(scan.text.charAt(end - 1))) {
                end--;
                given--;
            }
            if (given == 0) {
                // A given name SmartCN knows as a word (周|建华): only between a title and a cue or punctuation.
                int next = w.tokenStartingAt(end);
                if (next >= 0 && w.word(next).length() == 2 && isHanWord(w.word(next)) && !lex.functionWords.contains(surname)
                        && !lex.functionWords.contains(w.word(next)) && !lex.notNames.contains(w.word(next))
                        && titleBefore(scan, start) && (cueAfter(scan, w.end(next)) || isPunctuation(scan.charAt(w.end(next))))) {
                    confirmed.add(scan.text.substring(start, w.end(next)));
                }
                continue;
            }
            String name = scan.text.substring(start, end);
            if (lex.notNames.contains(name)) {
                continue;
            }
            // after a title, a surname that is also a preposition or conjunction (家长和孩子, 人员于…) is that word
            boolean title = !lex.functionWords.contains(surname) && titleBefore(scan, start);
            boolean cue = cueAfter(scan, end);
            if (title || (cue && given == 2)) {
                confirmed.add(name);
            }
        }
    }

    /** Tibetan names: two name elements (扎西|多杰) after a title or before a cue. */
    private void tibetanNames(Scan scan, Set<String> confirmed) {
        String s = scan.text;
        for (int i = 0; i + 4 <= s.length(); i++) {
            if (lex.tibetanNameParts.contains(s.substring(i, i + 2)) && lex.tibetanNameParts.contains(s.substring(i + 2, i + 4))
                    && (titleBefore(scan, i) || cueAfter(scan, i + 4))) {
                confirmed.add(s.substring(i, i + 4));
                i += 3;
            }
        }
    }

    private void transliteratedNames(Scan scan, Set<String> confirmed) {
        Segmentation w = scan.words;
        for (int t = 0; t < w.count(); t++) {
            if (!w.isSingleHan(t) || !isTransliteration(scan.text.charAt(w.start(t)))) {
                continue;
            }
            if (t > 0 && w.isSingleHan(t - 1) && w.end(t - 1) == w.start(t)
                    && isTransliteration(scan.text.charAt(w.start(t - 1)))) {
                continue; // not the start of a run
            }
            int start = w.start(t);
            int end = w.end(t);
            for (int u = t + 1; u < w.count() && w.isSingleHan(u) && w.start(u) == end
                    && isTransliteration(scan.text.charAt(w.start(u))) && end - start < MAX_TRANSLITERATED; u++) {
                end = w.end(u);
            }
            if (end - start < 2 || DOTS.indexOf(scan.charAt(end)) >= 0 || DOTS.indexOf(scan.charAt(start - 1)) >= 0) {
                continue;
            }
            String name = scan.text.substring(start, end);
            if (lex.notNames.contains(name) || lex.isKnown(name)) {
                continue;
            }
            if (titleBefore(scan, start) || cueAfter(scan, end)) {
                confirmed.add(name);
            }
        }
    }

    private void dottedNames(Scan scan, List<Proposal> found, Set<String> confirmed) {
        String s = scan.text;
        int i = 0;
        while (i < s.length()) {
            if (DOTS.indexOf(s.charAt(i)) < 0 || i == 0 || !isTransliteration(s.charAt(i - 1))) {
                i++;
                continue;
            }
            int start = i;
            while (start > 0 && isTransliteration(s.charAt(start - 1)) && i - start < MAX_TRANSLITERATED) {
                start--;
            }
            int end = i;
            int lastPart = i;
            while (end < s.length() && DOTS.indexOf(s.charAt(end)) >= 0) {
                int partStart = end + 1;
                int partEnd = partStart;
                while (partEnd < s.length() && isTransliteration(s.charAt(partEnd)) && partEnd - partStart < MAX_TRANSLITERATED) {
                    partEnd++;
                }
                if (partEnd == partStart) {
                    break;
                }
                lastPart = partStart;
                end = partEnd;
            }
            if (end > i) {
                // a known name, whole (埃隆·马斯克) or as the last part (…·马斯克), run on into the next word (本周)
                int known = knownNameEnd(scan, confirmed, start, end);
                if (known < 0 && end - lastPart > 2) {
                    known = knownNameEnd(scan, confirmed, lastPart, end);
                }
                if (known > lastPart) {
                    end = known;
                }
                found.add(Proposal.of(start, end, EntityType.PERSON, Evidence.SHAPE));
                if (end - lastPart >= 2) {
                    confirmed.add(s.substring(lastPart, end));
                }
            }
            i = Math.max(end, i + 1);
        }
    }

    private static boolean isHanWord(String word) {
        return word.chars().allMatch(c -> ZhLexicon.isHan((char) c));
    }

    private static boolean isPunctuation(char c) {
        return "，。、；：！？,.;:!?）)」』\"”’ \n".indexOf(c) >= 0 || c == '\0';
    }

    private boolean isTransliteration(char c) {
        return lex.transliteration.contains(c);
    }

    boolean titleBefore(Scan scan, int start) {
        return ZhLexicon.endsWithAny(scan.text, start, lex.personTitles, lex.maxTitleLength) || roleWordBefore(scan, start);
    }

    /**
     * A word naming a role ends right before {@code start}: two or more Han characters ending in 员, 师, 官 or 长
     * (预报员, 分析师, 外交官, 处长), the endings of most job and office names that no list can hold in full.
     */
    private boolean roleWordBefore(Scan scan, int start) {
        if (start < 2 || ROLE_ENDINGS.indexOf(scan.text.charAt(start - 1)) < 0) {
            return false;
        }
        char before = scan.text.charAt(start - 2);
        return ZhLexicon.isHan(before) && !lex.nameStopChars.contains(before)
                && !lex.functionWords.contains(String.valueOf(before));
    }

    /**
     * Reporters' bylines: 记者 (or 通讯员) followed by their names, separated by spaces or 、, up to the closing
     * bracket or the end of the line: （记者 张三 李四）, 记者 王五、赵六). Any name of two to four Han characters.
     */
    private void bylineNames(Scan scan, Set<String> confirmed) {
        String s = scan.text;
        for (String cue : lex.bylineCues) {
            for (int i = s.indexOf(cue); i >= 0; i = s.indexOf(cue, i + 1)) {
                List<String> names = new ArrayList<>();
                int pos = i + cue.length();
                boolean closed = false;
                while (names.size() < 6) {
                    int p = pos;
                    while (p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == '\u3000' || s.charAt(p) == '、')) {
                        p++;
                    }
                    int q = p;
                    while (q < s.length() && ZhLexicon.isHan(s.charAt(q)) && q - p <= 4) {
                        q++;
                    }
                    if (q - p < 2 || q - p > 4 || (names.isEmpty() && !separated(s, pos) && !inBracket(s, i))) {
                        break;
                    }
                    names.add(s.substring(p, q));
                    pos = q;
                    char next = scan.charAt(pos);
                    if (next == '）' || next == ')' || next == '\n' || next == '\0') {
                        closed = true;
                        break;
                    }
                    if (next != ' ' && next != '\u3000' && next != '、') {
                        break;
                    }
                }
                if (closed) {
                    for (String name : names) {
                        if (!lex.notNames.contains(name) && !lex.isKnown(name)) {
                            confirmed.add(name);
                        }
                    }
                }
            }
        }
    }

    /** Whether the byline cue at {@code i} opens a bracket: （记者张三）. */
    private static boolean inBracket(String s, int i) {
        return i > 0 && (s.charAt(i - 1) == '（' || s.charAt(i - 1) == '(');
    }

    /** Whether the byline cue ending at {@code pos} is followed by a space (记者 张三) rather than run into a word. */
    private static boolean separated(String s, int pos) {
        return pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\u3000');
    }

    /**
     * A surname and an honorific (周师傅, 张先生, 李女士) where a confirmed name in the same text has that surname:
     * the person again, named by the surname alone (the honorific is not part of the name).
     */
    private void surnameWithHonorific(Scan scan, List<Proposal> found, Set<String> confirmed) {
        String s = scan.text;
        for (String honorific : lex.honorifics) {
            for (int i = s.indexOf(honorific, 1); i >= 0; i = s.indexOf(honorific, i + 1)) {
                String surname = s.substring(i - 1, i);
                if (!lex.surnames.contains(surname) || (i >= 2 && ZhLexicon.isHan(s.charAt(i - 2)) && !scan.words.isBoundary(i - 1))) {
                    continue;
                }
                boolean known = false;
                for (String name : confirmed) {
                    known |= name.length() >= 2 && name.length() <= 3 && name.startsWith(surname);
                }
                if (known) {
                    found.add(Proposal.of(i - 1, i, EntityType.PERSON, Evidence.REFERENCE));
                }
            }
        }
    }

    boolean cueAfter(Scan scan, int end) {
        return ZhLexicon.startsWithAny(scan.text, end, lex.personCues, lex.maxCueLength) != null;
    }
}
