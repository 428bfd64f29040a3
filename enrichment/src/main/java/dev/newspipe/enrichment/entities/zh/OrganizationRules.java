package dev.newspipe.enrichment.entities.zh;

import dev.newspipe.contract.EntityType;
import dev.newspipe.enrichment.entities.chain.Annotator;
import dev.newspipe.enrichment.entities.chain.Evidence;
import dev.newspipe.enrichment.entities.chain.Proposal;

import java.util.ArrayList;
import java.util.List;

/**
 * Names of organisations not in the gazetteer, built backwards from an organisation suffix word (…协会,
 * …局, …研究所, …大学, …集团): the words before the suffix belong to the name up to an anchor — a known
 * place or organisation (四川省|公安厅, 交通运输部|海事|局) or a name-opening word (中国|钢铁|工业|协会) — or,
 * with no anchor, a run of characters SmartCN could not join into words (an unknown brand: 某|某|集团).
 * Also a country followed by 队 (美国队: a national team).
 */
final class OrganizationRules implements Annotator<ChineseField> {

    /** How far back (in characters, anchor excluded) the words of a name may reach from its suffix. */
    private static final int MAX_BACK = 10;

    private final ZhLexicon lex;

    OrganizationRules(ZhLexicon lex) {
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
        List<Proposal> found = new ArrayList<>();
        Segmentation w = scan.words;
        for (int t = 0; t < w.count(); t++) {
            String word = w.word(t);
            if (!isSuffixWord(word) || knownEndsAt(scan, w.end(t))) {
                continue; // a known name ending here is the name (世界贸易组织), not the end of a longer one
            }
            int start = NameExtent.backToAnchor(scan, lex, w.start(t), MAX_BACK);
            if (start >= 0 && lex.descriptiveSuffixes.contains(word) && !scan.text.substring(start, w.start(t)).contains("附属")
                    && scan.knownStartingAt(start) != null && scan.knownStartingAt(start).type() == EntityType.LOCATION) {
                start = -1; // 成都科技公司 describes a company; it does not name one
            }
            if (start >= 0 && word.equals("组织") && scan.knownOrganizationEndsAt(w.start(t))) {
                start = -1; // …部|组织: the verb "organise" after an organisation, not a longer name
            }
            if (start < 0) {
                start = transliteratedRun(scan, NameExtent.backOverUnknownRun(scan, lex, w.start(t)));
            }
            if (start < 0 && word.length() >= 4 && !lex.orgSuffixes.contains(word)) {
                start = w.start(t); // a whole dictionary word ending in a suffix: 清华大学
            }
            if (start >= 0 && start < w.start(t) || start >= 0 && word.length() >= 4) {
                Proposal anchor = scan.knownStartingAt(start);
                if (anchor != null && anchor.type() == EntityType.ORGANIZATION && anchor.end() == w.start(t)
                        && lex.companyForms.contains(word)) {
                    // 京东|公司, 奇瑞|股份有限公司: the known company under its full name
                    found.add(Proposal.known(start, w.end(t), EntityType.ORGANIZATION, anchor.canonical(), anchor.key(),
                            Evidence.LEGAL_FORM));
                } else {
                    found.add(Proposal.of(start, w.end(t), EntityType.ORGANIZATION, Evidence.SUFFIX));
                }
            }
        }
        nationalTeams(scan, found);
        clubTeams(scan, found);
        financialFirms(scan, found);
        dateline(scan, found);
        placeAndOrganization(scan, found);
        return found;
    }

    /** A run of transliteration characters goes on further back than a Chinese name would: 斯特兰蒂斯|集团. */
    private int transliteratedRun(Scan scan, int start) {
        if (start < 0) {
            return start;
        }
        for (int i = start; i < start + 2; i++) {
            if (!lex.transliteration.contains(scan.charAt(i))) {
                return start;
            }
        }
        Segmentation w = scan.words;
        for (int n = 0; n < 4; n++) {
            int t = w.tokenEndingAt(start);
            if (t < 0 || !w.isSingleHan(t) || !lex.transliteration.contains(scan.charAt(start - 1))
                    || lex.nameStopChars.contains(scan.charAt(start - 1))) {
                break;
            }
            start--;
        }
        return start;
    }

    private static boolean knownEndsAt(Scan scan, int end) {
        return scan.knownOrganizationEndsAt(end);
    }

    /**
     * A known place right before a known public body names that place's body: 中国|商务部. Not a company:
     * 德国|大众汽车 is a country and a company.
     */
    private void placeAndOrganization(Scan scan, List<Proposal> found) {
        for (Proposal org : scan.known) {
            Proposal place = org.type() == EntityType.ORGANIZATION ? scan.knownPlaceOrOrgEndingAt(org.start()) : null;
            String name = scan.text.substring(org.start(), org.end());
            if (place != null && place.type() == EntityType.LOCATION
                    && ZhLexicon.endsWithAny(name, name.length(), lex.publicBodySuffixes, 4)) {
                found.add(Proposal.of(place.start(), org.end(), EntityType.ORGANIZATION, Evidence.COMPOUND));
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

    /**
     * Clubs named by their city and a name, with 队 (上海|海港|队, 北京|国安|队, 山东|泰山|队): the team, and the team
     * again under its short forms elsewhere in the text (海港队, and 上海海港 without 队).
     */
    private void clubTeams(Scan scan, List<Proposal> found) {
        Segmentation w = scan.words;
        java.util.Set<String> shortForms = new java.util.LinkedHashSet<>();
        for (Proposal place : scan.known) {
            if (place.type() != EntityType.LOCATION || place.end() - place.start() < 2) {
                continue;
            }
            for (int k = 2; k <= 4; k++) {
                int team = place.end() + k;
                if (team >= scan.text.length() || scan.text.charAt(team) != '队') {
                    continue;
                }
                int t = w.tokenStartingAt(team);
                String core = scan.text.substring(place.end(), team);
                if (t < 0 || !w.isSingleHan(t) || !w.isBoundary(place.end()) || !isTeamCore(core)) {
                    break;
                }
                found.add(Proposal.of(place.start(), team + 1, EntityType.ORGANIZATION, Evidence.COMPOUND));
                shortForms.add(core + "队");
                shortForms.add(scan.text.substring(place.start(), team));
                break;
            }
        }
        for (String name : shortForms) {
            for (int i = scan.text.indexOf(name); i >= 0; i = scan.text.indexOf(name, i + 1)) {
                if (w.isBoundary(i) && (name.endsWith("队") || scan.charAt(i + name.length()) != '队')) {
                    found.add(Proposal.of(i, i + name.length(), EntityType.ORGANIZATION, Evidence.REFERENCE));
                }
            }
        }
    }

    /**
     * Financial firms quoted with their analysts (招商|证券|分析师, 某某|基金|首席经济学家): a two-character brand word,
     * a financial line of business, and a person's title or a speech verb right after.
     */
    private void financialFirms(Scan scan, List<Proposal> found) {
        Segmentation w = scan.words;
        for (int t = 1; t < w.count(); t++) {
            if (!lex.financialForms.contains(w.word(t)) || w.end(t - 1) != w.start(t)) {
                continue;
            }
            String brand = w.word(t - 1);
            int end = w.end(t);
            boolean quoted = ZhLexicon.startsWithAny(scan.text, end, lex.personTitles, 6) != null
                    || ZhLexicon.startsWithAny(scan.text, end, lex.personCues, 4) != null;
            if (brand.length() == 2 && NameExtent.isContentWord(lex, brand) && !lex.nameAnchors.contains(brand)
                    && scan.knownPlaceOrOrgEndingAt(end) == null && quoted) {
                found.add(Proposal.of(w.start(t - 1), end, EntityType.ORGANIZATION, Evidence.SUFFIX));
            }
        }
    }


    /** The name of a club between its city and 队: Han characters, not a word that makes 队 generic (国家队, 代表队). */
    private boolean isTeamCore(String core) {
        for (int i = 0; i < core.length(); i++) {
            char c = core.charAt(i);
            // a club's name may open with a numeral (三镇), not end in a function character
            if (!ZhLexicon.isHan(c) || lex.nameStopChars.contains(c) && !(i == 0 && "一二三四五六七八九十".indexOf(c) >= 0)) {
                return false;
            }
        }
        return !lex.functionWords.contains(core) && !lex.categoryWords.contains(core) && !lex.notNames.contains(core)
                && lex.genericTeamWords.stream().noneMatch(core::endsWith);
    }


    /**
     * The outlet that opens a report with its dateline: …讯 or …电 at the start of the text, after the outlet's name
     * (东南网7月8日讯, 证券时报网讯, 南方日报讯), the name ending as outlets' names do (网, 报, 新闻, 社).
     */
    private void dateline(Scan scan, List<Proposal> found) {
        java.util.regex.Matcher m = DATELINE.matcher(scan.text);
        if (m.lookingAt() && !m.group(1).startsWith("本")) {
            found.add(Proposal.of(m.start(1), m.end(1), EntityType.ORGANIZATION, Evidence.SUFFIX));
        }
    }

    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "[\\s（(]*(\\p{IsHan}{1,8}?(?:网|报|新闻|社))(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日)?[讯訊]");

    private void nationalTeams(Scan scan, List<Proposal> found) {
        for (Proposal c : scan.known) {
            if (c.type() == EntityType.LOCATION && scan.charAt(c.end()) == '队') {
                found.add(Proposal.of(c.start(), c.end() + 1, EntityType.ORGANIZATION, Evidence.COMPOUND));
            }
        }
    }
}
