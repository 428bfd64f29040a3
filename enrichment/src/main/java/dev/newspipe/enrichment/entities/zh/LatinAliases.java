package dev.newspipe.enrichment.entities.zh;

import dev.newspipe.enrichment.entities.chain.Arbitration;
import dev.newspipe.enrichment.entities.chain.Evidence;
import dev.newspipe.enrichment.entities.chain.Proposal;
import dev.newspipe.enrichment.entities.chain.Refiner;

import java.util.ArrayList;
import java.util.List;

/**
 * Names given twice, Chinese then Latin in parentheses: 国际足联（FIFA）, 字节跳动（ByteDance）. A Latin name
 * in parentheses after a found name is the same entity; a known Latin name in parentheses after unknown
 * Chinese words names those words too, back to a category word (公司, 企业, 平台) or punctuation.
 */
final class LatinAliases implements Refiner<ChineseField> {

    private static final int MAX_LATIN = 40;
    private static final int MAX_CHINESE = 8;

    private final ZhLexicon lex;

    LatinAliases(ZhLexicon lex) {
        this.lex = lex;
    }

    @Override
    public List<Proposal> refine(ChineseField field, List<Proposal> chosen) {
        Scan scan = field.known();
        List<Proposal> found = new ArrayList<>();
        String s = scan.text;
        for (Proposal c : chosen) {
            int open = c.end();
            if (open >= s.length() || (s.charAt(open) != '（' && s.charAt(open) != '(')) {
                continue;
            }
            int close = latinUntilClose(s, open + 1);
            if (close > open + 1 && !overlaps(chosen, open + 1, close)) {
                found.add(c.withSpan(open + 1, close, Evidence.ALIAS));
            }
        }
        for (Proposal c : chosen) {
            int open = c.start() - 1;
            if (c.evidence() != Evidence.KNOWN || open < 1 || (s.charAt(open) != '（' && s.charAt(open) != '(')
                    || c.end() >= s.length() || (s.charAt(c.end()) != '）' && s.charAt(c.end()) != ')')
                    || !isLatin(s.charAt(c.start()))) {
                continue;
            }
            int start = chineseBefore(scan, open);
            if (start >= 0 && start < open && !overlaps(chosen, start, open)) {
                found.add(c.withSpan(start, open, Evidence.ALIAS));
            }
        }
        return Arbitration.withAdded(chosen, found);
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

    private int chineseBefore(Scan scan, int pos) {
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

    private static boolean overlaps(List<Proposal> chosen, int start, int end) {
        for (Proposal c : chosen) {
            if (c.start() < end && start < c.end()) {
                return true;
            }
        }
        return false;
    }
}
