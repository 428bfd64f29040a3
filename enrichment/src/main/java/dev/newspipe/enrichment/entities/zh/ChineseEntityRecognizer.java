package dev.newspipe.enrichment.entities.zh;

import dev.newspipe.contract.EntityType;
import dev.newspipe.contract.TextField;
import dev.newspipe.enrichment.entities.Countries;
import dev.newspipe.enrichment.entities.EntityMention;
import dev.newspipe.enrichment.entities.EntityRecognizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chinese (Simplified and Traditional) names of people, organisations and places. The text is folded to
 * Simplified ({@link ChineseNormalizer}, offsets unchanged) and cut into words by SmartCN; known names come
 * from the gazetteer (countries from CLDR, curated lists under {@code entities/zh/}), unknown ones from the
 * person, organisation and place rules; overlapping candidates are resolved longest first, known before guessed.
 * Immutable after construction, so thread-safe.
 */
public final class ChineseEntityRecognizer implements EntityRecognizer {

    private static final Comparator<Candidate> PREFERENCE = Comparator.comparingInt(Candidate::start)
            .thenComparing(Comparator.comparingInt(Candidate::length).reversed())
            .thenComparing(Comparator.comparingInt(Candidate::rank).reversed());

    private static final String ADMINISTRATIVE = "省市县区州乡镇旗";

    private final ZhLexicon lex;
    private final PersonRules persons;
    private final OrganizationRules organizations;
    private final PlaceRules places;

    public ChineseEntityRecognizer(Countries countries) {
        this.lex = new ZhLexicon(countries);
        this.persons = new PersonRules(lex);
        this.organizations = new OrganizationRules(lex);
        this.places = new PlaceRules(lex);
    }

    @Override
    public List<EntityMention> recognize(TextField field, String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String folded = lex.normalizer.normalize(text);
        Segmentation words = Segmentation.of(folded);
        Scan scan = new Scan(folded, words, knownNames(folded, words));
        List<Candidate> candidates = new ArrayList<>(scan.known);
        List<Candidate> foundPlaces = places.find(scan);
        candidates.addAll(foundPlaces);
        // Places the rules found (巩义市, 治多县) open names like known ones do (巩义市|应急管理局), and are found again.
        List<Candidate> anchors = new ArrayList<>(scan.known);
        anchors.addAll(administrativePlaces(folded, words, foundPlaces));
        candidates.addAll(anchors.subList(scan.known.size(), anchors.size()));
        Scan anchored = new Scan(folded, words, anchors);
        candidates.addAll(organizations.find(anchored));
        candidates.addAll(persons.find(anchored));
        List<Candidate> chosen = resolve(candidates);
        chosen.addAll(LatinAliases.find(scan, chosen, lex));
        List<EntityMention> mentions = new ArrayList<>();
        for (Candidate c : chosen) {
            String surface = text.substring(c.start(), c.end());
            if (!lex.notNames.contains(folded.substring(c.start(), c.end())) && !opensEventName(folded, c)) {
                mentions.add(new EntityMention(surface, c.type(), field, c.start(), c.end(), c.canonical(), c.key(),
                        c.confidence()));
            }
        }
        return mentions;
    }

    /**
     * The places found by the rules that end in an administrative suffix (…市, …县, …乡, …自治州), at every
     * place in the text where they stand as words of their own.
     */
    private static List<Candidate> administrativePlaces(String s, Segmentation words, List<Candidate> found) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (Candidate c : found) {
            if (c.type() == EntityType.LOCATION && c.length() >= 3 && ADMINISTRATIVE.indexOf(s.charAt(c.end() - 1)) >= 0) {
                names.add(s.substring(c.start(), c.end()));
            }
        }
        List<Candidate> places = new ArrayList<>();
        for (String name : names) {
            for (int i = s.indexOf(name); i >= 0; i = s.indexOf(name, i + 1)) {
                if (words.isBoundary(i)) {
                    places.add(Candidate.guess(i, i + name.length(), EntityType.LOCATION, 0.55));
                }
            }
        }
        return places;
    }

    /** Gazetteer names, leftmost longest, kept only where they stand as words of their own. */
    private List<Candidate> knownNames(String s, Segmentation words) {
        List<Candidate> known = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            Gazetteer.Match chosen = null;
            for (Gazetteer.Match m : lex.gazetteer.all(s, i)) {
                if (standsAlone(s, words, m)) { // else a shorter one may: 美国 in 美国财政部长
                    chosen = m;
                    break;
                }
            }
            if (chosen != null) {
                known.add(Candidate.known(chosen));
                i = chosen.end();
            } else {
                i++;
            }
        }
        return known;
    }

    private boolean standsAlone(String s, Segmentation words, Gazetteer.Match m) {
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

    /**
     * A name right after 第…届 opens the name of an event (第三届亚洲青年运动会, 第十五届全运会): the event is not
     * an entity, and the place in it is not mentioned as a place.
     */
    private static boolean opensEventName(String s, Candidate c) {
        return c.type() != EntityType.PERSON && c.start() > 0 && s.charAt(c.start() - 1) == '届';
    }

    private static boolean isLatinOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /** Non-overlapping candidates: at each start the longest, known before guessed. */
    private static List<Candidate> resolve(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(PREFERENCE);
        List<Candidate> chosen = new ArrayList<>();
        int covered = 0;
        for (Candidate c : sorted) {
            if (c.start() >= covered) {
                chosen.add(c);
                covered = c.end();
            }
        }
        return chosen;
    }
}
