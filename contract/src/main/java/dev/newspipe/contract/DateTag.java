package dev.newspipe.contract;

/**
 * An expression that points at a calendar date or period.
 *
 * @param value normalised: {@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY} or a decade {@code 199X}
 */
public record DateTag(String text, String value, TextField field, int start, int end) {
}
