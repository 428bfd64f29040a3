package dev.newspipe.enrichment.entities.zh;

import dev.newspipe.contract.EntityType;
import dev.newspipe.enrichment.entities.chain.Evidence;
import dev.newspipe.enrichment.entities.chain.Proposal;

import java.util.ArrayList;
import java.util.List;

/**
 * Names of places not in the gazetteer:
 * <ul>
 *   <li>a place right after a known country or province, in characters SmartCN could not join into words:
 *       either a transliteration (波兰|波兹南) or ending in an administrative suffix (韩国|清州, 老挝|琅勃拉邦省);</li>
 *   <li>an unknown word followed by an administrative suffix (…|县, …|省);</li>
 *   <li>a facility: a name word before a facility suffix (…滑雪场, …机场, …水库), back to an anchor where there is one;</li>
 *   <li>a dictionary word ending in a natural-feature character (…湖, …山, …岛).</li>
 * </ul>
 */
final class PlaceRules {

    private static final String ADMINISTRATIVE = "省市县州区岛乡镇旗";
    private static final String NATURAL = "湖山江河岛湾峡";
    private static final int MAX_RUN = 5;

    private final ZhLexicon lex;

    PlaceRules(ZhLexicon lex) {
        this.lex = lex;
    }

    List<Proposal> find(Scan scan) {
        List<Proposal> found = new ArrayList<>();
        List<Proposal> anchors = new ArrayList<>();
        for (Proposal c : scan.known) {
            if (c.type() == EntityType.LOCATION) {
                anchors.add(c);
            }
        }
        List<Proposal> areas = autonomousAreas(scan);
        found.addAll(areas);
        anchors.addAll(areas);
        // a place found after a place is itself followed by one: 玉树藏族自治州|治多县|索加乡
        for (int i = 0; i < anchors.size() && i < 64; i++) {
            Proposal next = afterPlace(scan, anchors.get(i));
            if (next != null) {
                found.add(next);
                anchors.add(next);
            }
        }
        estuaries(scan, found);
        unknownWordWithSuffix(scan, found);
        facilities(scan, found);
        naturalFeatures(scan, found);
        return found;
    }

    /**
     * Ethnic autonomous prefectures, counties and banners (玉树藏族自治州, 恩施土家族苗族自治州): the words ending in 族
     * right before 自治州/自治县/自治旗, and the place name before them.
     */
    private List<Proposal> autonomousAreas(Scan scan) {
        List<Proposal> found = new ArrayList<>();
        Segmentation w = scan.words;
        String s = scan.text;
        for (int i = s.indexOf("族自治"); i >= 0; i = s.indexOf("族自治", i + 1)) {
            int end = i + 3; // the last character: 族|自治|州
            if (end >= s.length() || "州县旗区".indexOf(s.charAt(end)) < 0) {
                continue;
            }
            int t = w.tokenEndingAt(i + 1);
            int start = t >= 0 ? w.start(t) : -1;
            for (int hops = 0; t >= 0 && hops < 3; hops++) {
                int prev = w.tokenEndingAt(w.start(t));
                if (prev < 0 || !w.word(prev).endsWith("族")) {
                    break;
                }
                t = prev;
                start = w.start(t);
            }
            int place = start > 0 ? w.tokenEndingAt(start) : -1;
            if (place < 0) {
                continue;
            }
            int nameStart = w.start(place);
            if (w.isSingleHan(place)) {
                nameStart = NameExtent.backOverUnknownRun(scan, lex, start);
            } else if (!NameExtent.isContentWord(lex, w.word(place))) {
                nameStart = -1;
            }
            Proposal known = scan.knownPlaceOrOrgEndingAt(start);
            if (known != null && known.type() == EntityType.LOCATION) {
                nameStart = known.start();
            }
            if (nameStart >= 0) {
                found.add(Proposal.of(nameStart, end + 1, EntityType.LOCATION, Evidence.SUFFIX));
            }
        }
        return found;
    }

    /** The place written right after {@code place} (韩国|清州, 茂名市|电白区, 阳江市|海陵岛), or null. */
    private Proposal afterPlace(Scan scan, Proposal place) {
        Segmentation w = scan.words;
        int begin = place.end();
        int first = w.tokenStartingAt(begin);
        if (first >= 0 && w.isSingleHan(first) && "省市县区州".indexOf(scan.charAt(begin)) >= 0
                && w.tokenStartingAt(begin + 1) >= 0 && w.isSingleHan(w.tokenStartingAt(begin + 1))) {
            begin++; // the known place's own suffix: 阳江|市|海陵岛
        }
        int end = begin;
        int n = 0;
        boolean allTransliterated = true;
        int suffixEnd = -1;
        for (int t = w.tokenStartingAt(end); t >= 0 && n < MAX_RUN; t = w.tokenStartingAt(end)) {
            if (!w.isSingleHan(t)) {
                String word = w.word(t);
                boolean admin = ADMINISTRATIVE.indexOf(word.charAt(word.length() - 1)) >= 0 && !lex.notNames.contains(word)
                        && NameExtent.isContentWord(lex, word) && !lex.functionWords.contains(word.substring(0, 1));
                if (admin && (n >= 1 && word.length() == 2 || n == 0 && word.length() >= 3 && word.length() <= 5)) {
                    suffixEnd = w.end(t); // 茂名市|电|白区, 河南省|巩义市
                }
                break;
            }
            char c = scan.text.charAt(w.start(t));
            if (lex.nameStopChars.contains(c) || (n == 0 && lex.functionWords.contains(String.valueOf(c)))) {
                break;
            }
            end = w.end(t);
            n++;
            if (ADMINISTRATIVE.indexOf(c) >= 0 && n >= 2) {
                suffixEnd = end;
                break;
            }
            allTransliterated &= lex.transliteration.contains(c);
        }
        int word = w.tokenStartingAt(begin);
        if (n == 0 && suffixEnd < 0 && word >= 0 && isTransliteratedWord(scan, w.word(word))
                && !lex.transliteration.contains(scan.charAt(w.end(word)))) {
            end = w.end(word); // a foreign place SmartCN knows as one word: 波兰|格但斯克
            n = 2;
        }
        if (suffixEnd > 0) {
            return Proposal.of(begin, suffixEnd, EntityType.LOCATION, Evidence.SUFFIX);
        } else if (n >= 2 && allTransliterated && !lex.transliteration.contains(scan.charAt(end))) {
            return Proposal.of(begin, end, EntityType.LOCATION, Evidence.CONTEXT);
        }
        return null;
    }

    /** A river's mouth is a place of its own: 长江|口, 闽江|口, 黄河|口. */
    private void estuaries(Scan scan, List<Proposal> found) {
        for (Proposal river : scan.known) {
            char last = scan.charAt(river.end() - 1);
            int t = scan.words.tokenStartingAt(river.end());
            if (river.type() == EntityType.LOCATION && (last == '江' || last == '河') && scan.charAt(river.end()) == '口'
                    && t >= 0 && scan.words.isSingleHan(t)) {
                found.add(Proposal.of(river.start(), river.end() + 1, EntityType.LOCATION, Evidence.SUFFIX));
            }
        }
    }

    private boolean isTransliteratedWord(Scan scan, String word) {
        if (word.length() < 2 || lex.isKnown(word) || lex.notNames.contains(word)) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!lex.transliteration.contains(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private void unknownWordWithSuffix(Scan scan, List<Proposal> found) {
        Segmentation w = scan.words;
        for (int t = 0; t < w.count(); t++) {
            if (!w.isSingleHan(t) || "省县州".indexOf(scan.text.charAt(w.start(t))) < 0) {
                continue;
            }
            int start = NameExtent.backOverUnknownRun(scan, lex, w.start(t));
            if (start >= 0 && scan.knownPlaceOrOrgEndingAt(w.start(t)) == null) {
                found.add(Proposal.of(start, w.end(t), EntityType.LOCATION, Evidence.SUFFIX));
            }
        }
    }

    private void facilities(Scan scan, List<Proposal> found) {
        Segmentation w = scan.words;
        String s = scan.text;
        for (int pos = 1; pos < s.length(); pos++) {
            if (!w.isBoundary(pos) || scan.insideKnown(pos)) {
                continue;
            }
            String suffix = ZhLexicon.startsWithAny(s, pos, lex.placeSuffixes, lex.maxSuffixLength);
            if (suffix == null || !w.isBoundary(pos + suffix.length())) {
                continue;
            }
            int after = w.tokenStartingAt(pos + suffix.length());
            if (suffix.length() == 1 && after >= 0 && w.isSingleHan(after)
                    && !lex.nameStopChars.contains(scan.charAt(pos + 1))
                    && !lex.functionWords.contains(String.valueOf(scan.charAt(pos + 1)))) {
                continue; // 海|陵|岛: the unknown name goes on past 陵
            }
            int start = NameExtent.backToAnchor(scan, lex, pos, 8);
            if (start < 0) {
                int t = w.tokenEndingAt(pos);
                if (t >= 0 && w.word(t).length() >= 2 && NameExtent.isContentWord(lex, w.word(t))
                        && !lex.nameAnchors.contains(w.word(t))) {
                    start = w.start(t);
                    Proposal anchor = scan.knownPlaceOrOrgEndingAt(start);
                    if (anchor != null) {
                        start = anchor.start();
                    }
                } else {
                    start = NameExtent.backOverUnknownRun(scan, lex, pos);
                }
            }
            int first = start >= 0 ? w.tokenStartingAt(start) : -1;
            if (first >= 0 && w.end(first) == pos && lex.nameAnchors.contains(w.word(first))) {
                continue; // 国家|公园, 国际|机场: a kind of place, not one
            }
            if (start >= 0 && start < pos) {
                found.add(Proposal.of(start, pos + suffix.length(), EntityType.LOCATION, Evidence.SUFFIX));
            }
        }
    }

    private void naturalFeatures(Scan scan, List<Proposal> found) {
        Segmentation w = scan.words;
        for (int t = 0; t < w.count(); t++) {
            String word = w.word(t);
            if (w.isSingleHan(t) && NATURAL.indexOf(word.charAt(0)) >= 0 && scan.knownPlaceOrOrgEndingAt(w.start(t)) == null) {
                int start = NameExtent.backOverUnknownRun(scan, lex, w.start(t));
                if (start == w.start(t) - 2 && (t + 1 >= w.count() || !w.isSingleHan(t + 1) || w.start(t + 1) != w.end(t))) {
                    found.add(Proposal.of(start, w.end(t), EntityType.LOCATION, Evidence.SUFFIX)); // 扎|陵|湖
                }
            }
            if (word.length() >= 3 && NATURAL.indexOf(word.charAt(word.length() - 1)) >= 0
                    && word.chars().allMatch(c -> ZhLexicon.isHan((char) c)) && !lex.notNames.contains(word)) {
                found.add(Proposal.of(w.start(t), w.end(t), EntityType.LOCATION, Evidence.SUFFIX));
            }
        }
    }
}
