package dev.newspipe.enrichment.topics;

import dev.newspipe.contract.MediaTopicsVocabulary;
import dev.newspipe.contract.TopicTag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns keyword counts into topics. Each keyword occurrence is evidence for its qcode: weight × (title
 * factor for the title, 1 for the body), with diminishing returns for repeats (1 + ln count) so that one
 * word said twenty times does not outweigh ten different words. A top-level topic collects the evidence of
 * all its descendants. The strongest top-level topic is kept, and up to two more whose evidence is at least
 * {@link #RELATIVE_THRESHOLD} of it: an article is mainly about one to three things, and a topic that is
 * only touched on must not be reported as one it is about. Under each kept top-level topic the most
 * specific subtopics with enough evidence of their own are reported too.
 */
final class TopicScorer {

    static final double TITLE_FACTOR = 3.0;
    static final double RELATIVE_THRESHOLD = 0.4;
    static final double MIN_EVIDENCE = 2.5;
    static final int MAX_TOPS = 3;
    /** A second or third top-level topic needs at least this many different keywords of its own. */
    static final int MIN_SECONDARY_KEYWORDS = 3;
    static final double SUBTOPIC_THRESHOLD = 0.5;
    static final int MAX_SUBTOPICS_PER_TOP = 2;
    /** Evidence at which a top-level topic's score reaches about 0.63 (1 - 1/e). */
    static final double SCORE_SCALE = 6.0;

    private final TopicVocabulary vocabulary;

    TopicScorer(TopicVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    List<TopicTag> score(List<KeywordList.Keyword> keywords, int[] titleCounts, int[] bodyCounts) {
        Map<String, Double> byCode = new HashMap<>();
        for (int i = 0; i < keywords.size(); i++) {
            KeywordList.Keyword k = keywords.get(i);
            if (k.code() == null || (titleCounts[i] == 0 && bodyCounts[i] == 0)) {
                continue;
            }
            double evidence = k.weight() * (TITLE_FACTOR * repeats(titleCounts[i]) + repeats(bodyCounts[i]));
            byCode.merge(k.code(), evidence, Double::sum);
        }
        Map<String, Double> byTop = new HashMap<>();
        byCode.forEach((code, evidence) -> byTop.merge(vocabulary.get(code).top(), evidence, Double::sum));
        Map<String, Integer> distinctKeywords = new HashMap<>();
        for (int i = 0; i < keywords.size(); i++) {
            KeywordList.Keyword k = keywords.get(i);
            if (k.code() != null && titleCounts[i] + bodyCounts[i] > 0) {
                distinctKeywords.merge(vocabulary.get(k.code()).top(), 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Double>> tops = new ArrayList<>(byTop.entrySet());
        tops.removeIf(e -> e.getValue() <= 0);
        tops.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        if (tops.isEmpty() || tops.get(0).getValue() < MIN_EVIDENCE) {
            return List.of();
        }
        double best = tops.get(0).getValue();
        List<TopicTag> tags = new ArrayList<>();
        for (int rank = 0; rank < Math.min(MAX_TOPS, tops.size()); rank++) {
            String top = tops.get(rank).getKey();
            double evidence = tops.get(rank).getValue();
            if (evidence < RELATIVE_THRESHOLD * best) {
                break;
            }
            if (rank > 0 && distinctKeywords.getOrDefault(top, 0) < MIN_SECONDARY_KEYWORDS) {
                continue; // one word, however strong, does not make a second subject ("detective" in a letter story)
            }
            double score = round(evidence / best * (1 - Math.exp(-best / SCORE_SCALE)));
            tags.add(tag(top, score));
            tags.addAll(subtopics(top, evidence, score, byCode));
        }
        return List.copyOf(tags);
    }

    /** The most specific subtopics of {@code top} with at least {@link #SUBTOPIC_THRESHOLD} of the strongest one's evidence. */
    private List<TopicTag> subtopics(String top, double topEvidence, double topScore, Map<String, Double> byCode) {
        List<Map.Entry<String, Double>> candidates = new ArrayList<>();
        for (Map.Entry<String, Double> e : byCode.entrySet()) {
            if (!e.getKey().equals(top) && vocabulary.get(e.getKey()).top().equals(top) && e.getValue() > 0) {
                candidates.add(e);
            }
        }
        candidates.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<TopicTag> chosen = new ArrayList<>();
        if (candidates.isEmpty()) {
            return chosen;
        }
        double strongest = candidates.get(0).getValue();
        for (Map.Entry<String, Double> e : candidates) {
            if (chosen.size() == MAX_SUBTOPICS_PER_TOP || e.getValue() < SUBTOPIC_THRESHOLD * strongest) {
                break;
            }
            boolean related = chosen.stream().anyMatch(t -> vocabulary.isSelfOrAncestor(e.getKey(), t.code())
                    || vocabulary.isSelfOrAncestor(t.code(), e.getKey()));
            if (!related) { // keep the more specific one only: an ancestor adds nothing, a descendant was weaker
                chosen.add(tag(e.getKey(), round(topScore * Math.min(1, e.getValue() / topEvidence))));
            }
        }
        return chosen;
    }

    private TopicTag tag(String code, double score) {
        MediaTopicsVocabulary.MediaTopic t = vocabulary.get(code);
        return new TopicTag(code, t.label(), t.top(), score);
    }

    private static double repeats(int count) {
        return count == 0 ? 0 : 1 + Math.log(count);
    }

    private static double round(double score) {
        return Math.max(0, Math.min(1, Math.round(score * 1000) / 1000.0));
    }
}
