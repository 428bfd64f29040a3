package dev.newspipe.enrichment.entities.zh;

import dev.newspipe.contract.EntityType;
import dev.newspipe.enrichment.entities.chain.Evidence;
import dev.newspipe.enrichment.entities.chain.Gazetteer;
import dev.newspipe.enrichment.entities.chain.Proposal;

import java.util.ArrayList;
import java.util.List;

/**
 * The gazetteer's names in a folded text, leftmost longest, kept only where they stand as words of their own. This
 * is part of the analysis rather than an annotator because the rules start names at these (四川省|公安厅): they need
 * the one reading of the text the gazetteer gives, not every name it could match.
 */
final class KnownNameLookup {

    private final Gazetteer gazetteer;

    KnownNameLookup(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Proposal> find(String s, Segmentation words) {
        List<Proposal> known = new ArrayList<>();
        List<Gazetteer.Match> matches = new ArrayList<>(2);
        int i = 0;
        while (i < s.length()) {
            Gazetteer.Match chosen = null;
            gazetteer.matchesAt(s, i, matches);
            for (Gazetteer.Match m : matches) {
                if (standsAlone(s, words, m)) { // else a shorter one may: 美国 in 美国财政部长
                    chosen = m;
                    break;
                }
            }
            if (chosen != null) {
                Gazetteer.Entry e = chosen.entry();
                known.add(Proposal.known(chosen.start(), chosen.end(), e.type(), e.canonical(), e.key(), Evidence.KNOWN));
                i = chosen.end();
            } else {
                i++;
            }
        }
        return known;
    }

    private static boolean standsAlone(String s, Segmentation words, Gazetteer.Match m) {
        int start = m.start();
        int end = m.end();
        char before = start > 0 ? s.charAt(start - 1) : ' ';
        char after = end < s.length() ? s.charAt(end) : ' ';
        if (isLatinOrDigit(s.charAt(start)) || isLatinOrDigit(s.charAt(end - 1))) {
            return !(isLatinOrDigit(before) && isLatinOrDigit(s.charAt(start)))
                    && !(isLatinOrDigit(after) && isLatinOrDigit(s.charAt(end - 1)));
        }
        if (m.entry().country() && (after == '人' || after == '籍')) {
            return false; // a demonym (中国人) or nationality (中国籍), not the country
        }
        if (m.entry().type() == EntityType.ORGANIZATION && s.charAt(end - 1) == '网' && !words.isBoundary(end)) {
            return false; // a news site's name (…网) run into a word: 网络, 网球, 网民
        }
        if (m.entry().type() == EntityType.ORGANIZATION && after == '长') {
            return false; // a title (商务部长), not the ministry
        }
        if (m.entry().type() == EntityType.LOCATION && !m.entry().country() && after == '队') {
            return true;
        }
        if (m.entry().type() == EntityType.LOCATION && !m.entry().country() && end - start >= 3 && !words.isBoundary(end)
                && "省市".indexOf(s.charAt(end - 1)) >= 0) {
            return false; // 青海|省人大: the place is 青海, its 省 belongs to the next word
        }
        if (end - start <= 2) {
            // Short names must not be cut out of a longer word (日本 in 日本市场 is fine, 美国 in 美国队 too).
            return words.isBoundary(start) && (words.isBoundary(end) || m.entry().country());
        }
        return true;
    }

    private static boolean isLatinOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
