package dev.newspipe.enrichment.topics;

import dev.newspipe.contract.MediaTopicsVocabulary;
import dev.newspipe.contract.MediaTopicsVocabulary.MediaTopic;

import java.util.Map;

/**
 * The IPTC Media Topics vocabulary (the contract's {@link MediaTopicsVocabulary}) with the lookups the topic
 * stage needs. Immutable.
 */
final class TopicVocabulary {

    private final Map<String, MediaTopic> topics;

    private TopicVocabulary(Map<String, MediaTopic> topics) {
        this.topics = topics;
    }

    static TopicVocabulary load() {
        return new TopicVocabulary(MediaTopicsVocabulary.read());
    }

    MediaTopic get(String code) {
        return topics.get(code);
    }

    boolean contains(String code) {
        return topics.containsKey(code);
    }

    /** Whether {@code ancestor} is {@code code} itself or one of its ancestors. */
    boolean isSelfOrAncestor(String ancestor, String code) {
        for (MediaTopic t = topics.get(code); t != null; t = t.parent() == null ? null : topics.get(t.parent())) {
            if (t.code().equals(ancestor)) {
                return true;
            }
        }
        return false;
    }
}
