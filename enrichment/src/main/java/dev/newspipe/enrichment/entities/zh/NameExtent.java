package dev.newspipe.enrichment.entities.zh;

import dev.newspipe.enrichment.entities.chain.Proposal;

/** Where a name that ends in a suffix word begins: the shared backward walk of the organisation and place rules. */
final class NameExtent {

    private static final String NUMERALS = "一二三四五六七八九十";

    private NameExtent() {
    }

    /**
     * Walks back from {@code pos} over content words (no function words, digits or punctuation) to an anchor: a
     * known place or organisation ending there, or a name-opening word (中国, 国家, 国际). Returns the anchor's
     * start, or -1 when none is reached within {@code maxBack} characters.
     */
    static int backToAnchor(Scan scan, ZhLexicon lex, int pos, int maxBack) {
        Segmentation w = scan.words;
        int cur = pos;
        while (pos - cur <= maxBack) {
            Proposal anchor = scan.knownPlaceOrOrgEndingAt(cur);
            if (anchor != null) {
                return extendAnchor(scan, lex, anchor.start(), maxBack);
            }
            int t = w.tokenEndingAt(cur);
            if (t < 0) {
                return -1;
            }
            String word = w.word(t);
            if (lex.nameAnchors.contains(word)) {
                // 三江源|国家|公园: an unknown word before 国家, 国际 or 中国 opens the name
                int run = backOverUnknownRun(scan, lex, w.start(t));
                if (run >= 0) {
                    int numeral = w.tokenEndingAt(run);
                    // a name may open with a numeral: 三|江|源|国家公园, 九|寨|沟
                    return numeral >= 0 && w.isSingleHan(numeral) && NUMERALS.indexOf(scan.charAt(run - 1)) >= 0
                            && (!ZhLexicon.isHan(scan.charAt(run - 2)) || lex.nameStopChars.contains(scan.charAt(run - 2))
                                || scan.knownPlaceOrOrgEndingAt(run - 1) != null)
                            ? run - 1 : run;
                }
                return w.start(t);
            }
            if (word.equals("和")) {
                // 和 joins words inside a name (住房和城乡建设局), not two names (商务部和财政部) nor a name and its suffix.
                if (cur == pos || scan.knownPlaceOrOrgEndingAt(w.start(t)) != null) {
                    return -1;
                }
            } else if (!isContentWord(lex, word)) {
                return -1;
            }
            cur = w.start(t);
        }
        return -1;
    }

    /**
     * A name that starts at a known place or organisation may start further back: at a place right before it
     * (湖北省|武汉市|中级人民法院), at an organisation it belongs to (中国科学院|西北高原生物研究所), or at one joined
     * by 附属 (首都医科大学|附属|北京儿童医院).
     */
    private static int extendAnchor(Scan scan, ZhLexicon lex, int start, int maxBack) {
        for (int hops = 0; hops < 2; hops++) {
            Proposal before = scan.knownPlaceOrOrgEndingAt(start);
            if (before != null) {
                start = before.start();
                continue;
            }
            int t = scan.words.tokenEndingAt(start);
            if (t >= 0 && scan.words.word(t).equals("附属")) {
                int outer = backToAnchor(scan, lex, scan.words.start(t), maxBack);
                if (outer >= 0) {
                    start = outer;
                }
            }
            break;
        }
        return start;
    }

    /** The start of a run of at least two single Han characters ending at {@code pos} (an unknown word), or -1. */
    static int backOverUnknownRun(Scan scan, ZhLexicon lex, int pos) {
        Segmentation w = scan.words;
        int cur = pos;
        int n = 0;
        while (n < 4) {
            int t = w.tokenEndingAt(cur);
            if (t < 0 || !w.isSingleHan(t) || lex.nameStopChars.contains(scan.text.charAt(w.start(t)))
                    || lex.functionWords.contains(w.word(t))) {
                break;
            }
            cur = w.start(t);
            n++;
        }
        return n >= 2 ? cur : -1;
    }

    static boolean isContentWord(ZhLexicon lex, String word) {
        if (lex.functionWords.contains(word) || lex.categoryWords.contains(word)) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!ZhLexicon.isHan(word.charAt(i))) {
                return false;
            }
        }
        return word.length() > 1 || !lex.nameStopChars.contains(word.charAt(0)) || word.equals("和");
    }
}
