package dev.newspipe.enrichment.topics;

import dev.newspipe.enrichment.Resources;

import java.util.HashMap;
import java.util.Map;

/**
 * The IPTC Media Topics vocabulary (the contract's {@link dev.newspipe.contract.MediaTopicsVocabulary}): for each qcode its parent, its
 * top-level ancestor, its level and its English name. Immutable once built.
 */
final class TopicVocabulary {

    /** One Media Topic. {@code parent} is null for a top-level topic. */
    record Topic(String code, String parent, String top, int level, String name) {
        boolean isTopLevel() {
            return level == 1;
        }
    }

    private final Map<String, Topic> topics;

    private TopicVocabulary(Map<String, Topic> topics) {
        this.topics = Map.copyOf(topics);
    }

    static TopicVocabulary load(String path) {
        Map<String, Topic> topics = new HashMap<>();
        for (String[] row : Resources.tsv(path)) {
            if (row.length < 5 || !row[0].startsWith("medtop:")) {
                continue; // the header line
            }
            String parent = row[1].equals("-") ? null : row[1];
            topics.put(row[0], new Topic(row[0], parent, row[2], Integer.parseInt(row[3].strip()), row[4]));
        }
        return new TopicVocabulary(topics);
    }

    Topic get(String code) {
        return topics.get(code);
    }

    boolean contains(String code) {
        return topics.containsKey(code);
    }

    /** Whether {@code ancestor} is {@code code} itself or one of its ancestors. */
    boolean isSelfOrAncestor(String ancestor, String code) {
        for (Topic t = topics.get(code); t != null; t = t.parent() == null ? null : topics.get(t.parent())) {
            if (t.code().equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return topics.size();
    }
}
