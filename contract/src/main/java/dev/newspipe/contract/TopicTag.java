package dev.newspipe.contract;

/**
 * An IPTC Media Topic.
 *
 * @param code  the topic's qcode, e.g. {@code medtop:20000344}
 * @param label its English name
 * @param top   the qcode of its top-level ancestor (itself for a top-level topic)
 * @param score in [0, 1]
 */
public record TopicTag(String code, String label, String top, double score) {
}
