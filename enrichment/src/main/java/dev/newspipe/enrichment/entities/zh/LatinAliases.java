package dev.newspipe.enrichment.entities.zh;

import java.util.ArrayList;
import java.util.List;

/**
 * Names given twice, Chinese then Latin in parentheses: 国际足联（FIFA）, 字节跳动（ByteDance）. A Latin name
 * in parentheses after a found name is the same entity; a known Latin name in parentheses after unknown
 * Chinese words names those words too, back to a category word (公司, 企业, 平台) or punctuation.
 */
final class LatinAliases {

    private static final int MAX_LATIN = 40;
    private static final int MAX_CHINESE = 8;

    private LatinAliases() {
    }

    static List<Candidate> find(Scan scan, List<Candidate> chosen, ZhLexicon lex) {
        List<Candidate> found = new ArrayList<>();
        String s = scan.text;
        for (Candidate c : chosen) {
            int open = c.end();
            if (open >= s.length() || (s.charAt(open) != '（' && s.charAt(open) != '(')) {
                continue;
            }
            int close = latinUntilClose(s, open + 1);
            if (close > open + 1 && !overlaps(chosen, open + 1, close)) {
                found.add(new Candidate(open + 1, close, c.type(), c.canonical(), c.key(), c.confidence() * 0.9,
                        Candidate.RULE));
            }
        }
        for (Candidate c : chosen) {
            int open = c.start() - 1;
            if (c.rank() != Candidate.KNOWN || open < 1 || (s.charAt(open) != '（' && s.charAt(open) != '(')
                    || c.end() >= s.length() || (s.charAt(c.end()) != '）' && s.charAt(c.end()) != ')')
                    || !isLatin(s.charAt(c.start()))) {
                continue;
            }
            int start = chineseBefore(scan, lex, open);
            if (start >= 0 && start < open && !overlaps(chosen, start, open)) {
                found.add(new Candidate(start, open, c.type(), c.canonical(), c.key(), 0.6, Candidate.RULE));
            }
        }
        return found;
    }

    private static int latinUntilClose(String s, int from) {
        int i = from;
        while (i < s.length() && i - from <= MAX_LATIN) {
            char ch = s.charAt(i);
            if (ch == '）' || ch == ')') {
                return i > from && isLatin(s.charAt(from)) ? i : -1;
            }
            if (!(isLatin(ch) || (ch >= '0' && ch <= '9') || ch == ' ' || ch == '.' || ch == '-' || ch == '&')) {
                return -1;
            }
            i++;
        }
        return -1;
    }

    private static int chineseBefore(Scan scan, ZhLexicon lex, int pos) {
        Segmentation w = scan.words;
        int cur = pos;
        while (pos - cur < MAX_CHINESE) {
            int t = w.tokenEndingAt(cur);
            if (t < 0) {
                return cur < pos ? cur : -1;
            }
            String word = w.word(t);
            if (lex.categoryWords.contains(word) || !NameExtent.isContentWord(lex, word)) {
                return cur < pos ? cur : -1;
            }
            cur = w.start(t);
        }
        return -1;
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean overlaps(List<Candidate> chosen, int start, int end) {
        for (Candidate c : chosen) {
            if (c.start() < end && start < c.end()) {
                return true;
            }
        }
        return false;
    }
}
