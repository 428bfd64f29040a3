package dev.newspipe.contract;

/**
 * One occurrence of an entity: {@code text} equals {@code field}'s text from {@code start}
 * (inclusive) to {@code end} (exclusive), counted in UTF-16 code units.
 */
public record Mention(String text, TextField field, int start, int end) {
}
