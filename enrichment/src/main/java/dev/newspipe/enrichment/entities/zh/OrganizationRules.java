package dev.newspipe.enrichment.entities.zh;

import dev.newspipe.contract.EntityType;

import java.util.ArrayList;
import java.util.List;

/**
 * Names of organisations not in the gazetteer, built backwards from an organisation suffix word (…协会,
 * …局, …研究所, …大学, …集团): the words before the suffix belong to the name up to an anchor — a known
 * place or organisation (四川省|公安厅, 交通运输部|海事|局) or a name-opening word (中国|钢铁|工业|协会) — or,
 * with no anchor, a run of characters SmartCN could not join into words (an unknown brand: 某|某|集团).
 * Also a country followed by 队 (美国队: a national team).
 */
final class OrganizationRules {

    /** How far back (in characters, anchor excluded) the words of a name may reach from its suffix. */
    private static final int MAX_BACK = 10;

    private final ZhLexicon lex;

    OrganizationRules(ZhLexicon lex) {
        this.lex = lex;
    }

    List<Candidate> find(Scan scan) {
        List<Candidate> found = new ArrayList<>();
        Segmentation w = scan.words;
        for (int t = 0; t < w.count(); t++) {
            String word = w.word(t);
            if (!isSuffixWord(word) || knownEndsAt(scan, w.end(t))) {
                continue; // a known name ending here is the name (世界贸易组织), not the end of a longer one
            }
            int start = NameExtent.backToAnchor(scan, lex, w.start(t), MAX_BACK);
            if (start >= 0 && lex.descriptiveSuffixes.contains(word)
                    && scan.knownStartingAt(start) != null && scan.knownStartingAt(start).type() == EntityType.LOCATION) {
                start = -1; // 成都科技公司 describes a company; it does not name one
            }
            if (start < 0) {
                start = NameExtent.backOverUnknownRun(scan, lex, w.start(t));
            }
            if (start < 0 && word.length() >= 4 && !lex.orgSuffixes.contains(word)) {
                start = w.start(t); // a whole dictionary word ending in a suffix: 清华大学
            }
            if (start >= 0 && start < w.start(t) || start >= 0 && word.length() >= 4) {
                Candidate anchor = scan.knownStartingAt(start);
                if (anchor != null && anchor.type() == EntityType.ORGANIZATION && anchor.end() == w.start(t)
                        && lex.companyForms.contains(word)) {
                    // 京东|公司, 奇瑞|股份有限公司: the known company under its full name
                    found.add(new Candidate(start, w.end(t), EntityType.ORGANIZATION, anchor.canonical(), anchor.key(),
                            0.8, Candidate.RULE));
                } else {
                    found.add(Candidate.guess(start, w.end(t), EntityType.ORGANIZATION, 0.6));
                }
            }
        }
        nationalTeams(scan, found);
        placeAndOrganization(scan, found);
        return found;
    }

    private static boolean knownEndsAt(Scan scan, int end) {
        return scan.knownOrganizationEndsAt(end);
    }

    /**
     * A known place right before a known public body names that place's body: 中国|商务部. Not a company:
     * 德国|大众汽车 is a country and a company.
     */
    private void placeAndOrganization(Scan scan, List<Candidate> found) {
        for (Candidate org : scan.known) {
            Candidate place = org.type() == EntityType.ORGANIZATION ? scan.knownPlaceOrOrgEndingAt(org.start()) : null;
            String name = scan.text.substring(org.start(), org.end());
            if (place != null && place.type() == EntityType.LOCATION
                    && ZhLexicon.endsWithAny(name, name.length(), lex.publicBodySuffixes, 4)) {
                found.add(Candidate.guess(place.start(), org.end(), EntityType.ORGANIZATION, 0.7));
            }
        }
    }

    /** A word that ends an organisation's name: a suffix itself, or a longer word ending in one (财政厅, 税务局). */
    private boolean isSuffixWord(String word) {
        if (lex.notNames.contains(word)) {
            return false;
        }
        if (lex.orgSuffixes.contains(word)) {
            return true;
        }
        if (word.length() < 3) {
            return false;
        }
        for (int len = 1; len < word.length(); len++) {
            if (lex.orgSuffixes.contains(word.substring(word.length() - len))) {
                return true;
            }
        }
        return false;
    }

    private void nationalTeams(Scan scan, List<Candidate> found) {
        for (Candidate c : scan.known) {
            if (c.type() == EntityType.LOCATION && scan.charAt(c.end()) == '队') {
                found.add(Candidate.guess(c.start(), c.end() + 1, EntityType.ORGANIZATION, 0.7));
            }
        }
    }
}
