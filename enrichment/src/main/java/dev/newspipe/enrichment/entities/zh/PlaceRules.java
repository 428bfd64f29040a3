package dev.newspipe.enrichment.entities.zh;

import dev.newspipe.contract.EntityType;

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

    private static final String ADMINISTRATIVE = "省市县州区岛";
    private static final String NATURAL = "湖山江河岛湾峡";
    private static final int MAX_RUN = 5;

    private final ZhLexicon lex;

    PlaceRules(ZhLexicon lex) {
        this.lex = lex;
    }

    List<Candidate> find(Scan scan) {
        List<Candidate> found = new ArrayList<>();
        afterKnownPlace(scan, found);
        unknownWordWithSuffix(scan, found);
        facilities(scan, found);
        naturalFeatures(scan, found);
        return found;
    }

    private void afterKnownPlace(Scan scan, List<Candidate> found) {
        Segmentation w = scan.words;
        for (Candidate place : scan.known) {
            if (place.type() != EntityType.LOCATION) {
                continue;
            }
            int end = place.end();
            int n = 0;
            boolean allTransliterated = true;
            int suffixEnd = -1;
            for (int t = w.tokenStartingAt(end); t >= 0 && w.isSingleHan(t) && n < MAX_RUN; t = w.tokenStartingAt(end)) {
                char c = scan.text.charAt(w.start(t));
                if (lex.nameStopChars.contains(c) || lex.functionWords.contains(String.valueOf(c))) {
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
            int word = w.tokenStartingAt(place.end());
            if (n == 0 && word >= 0 && isTransliteratedWord(scan, w.word(word))
                    && !lex.transliteration.contains(scan.charAt(w.end(word)))) {
                end = w.end(word); // a foreign place SmartCN knows as one word: 波兰|格但斯克
                n = 2;
            }
            if (suffixEnd > 0) {
                found.add(Candidate.guess(place.end(), suffixEnd, EntityType.LOCATION, 0.6));
            } else if (n >= 2 && allTransliterated && !lex.transliteration.contains(scan.charAt(end))) {
                found.add(Candidate.guess(place.end(), end, EntityType.LOCATION, 0.55));
            }
        }
    }

    private boolean isTransliteratedWord(Scan scan, String word) {
        if (word.length() < 2 || lex.gazetteer.contains(word) || lex.notNames.contains(word)) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!lex.transliteration.contains(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private void unknownWordWithSuffix(Scan scan, List<Candidate> found) {
        Segmentation w = scan.words;
        for (int t = 0; t < w.count(); t++) {
            if (!w.isSingleHan(t) || "省县州".indexOf(scan.text.charAt(w.start(t))) < 0) {
                continue;
            }
            int start = NameExtent.backOverUnknownRun(scan, lex, w.start(t));
            if (start >= 0 && scan.knownPlaceOrOrgEndingAt(w.start(t)) == null) {
                found.add(Candidate.guess(start, w.end(t), EntityType.LOCATION, 0.5));
            }
        }
    }

    private void facilities(Scan scan, List<Candidate> found) {
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
            int start = NameExtent.backToAnchor(scan, lex, pos, 8);
            if (start < 0) {
                int t = w.tokenEndingAt(pos);
                if (t >= 0 && w.word(t).length() >= 2 && NameExtent.isContentWord(lex, w.word(t))
                        && !lex.nameAnchors.contains(w.word(t))) {
                    start = w.start(t);
                    Candidate anchor = scan.knownPlaceOrOrgEndingAt(start);
                    if (anchor != null) {
                        start = anchor.start();
                    }
                } else {
                    start = NameExtent.backOverUnknownRun(scan, lex, pos);
                }
            }
            if (start >= 0 && start < pos) {
                found.add(Candidate.guess(start, pos + suffix.length(), EntityType.LOCATION, 0.55));
            }
        }
    }

    private void naturalFeatures(Scan scan, List<Candidate> found) {
        Segmentation w = scan.words;
        for (int t = 0; t < w.count(); t++) {
            String word = w.word(t);
            if (word.length() >= 3 && NATURAL.indexOf(word.charAt(word.length() - 1)) >= 0
                    && word.chars().allMatch(c -> ZhLexicon.isHan((char) c)) && !lex.notNames.contains(word)) {
                found.add(Candidate.guess(w.start(t), w.end(t), EntityType.LOCATION, 0.5));
            }
        }
    }
}
