package dev.newspipe.contract.validation;

/**
 * One way an event breaks its contract.
 *
 * @param pointer the failing field as a JSON pointer into the event ({@code /ingested_at},
 *                {@code /entities/0/mentions/1/end}; {@code ""} for the event as a whole)
 * @param problem what is wrong with it
 */
public record Violation(String pointer, String problem) {

    @Override
    public String toString() {
        return (pointer.isEmpty() ? "/" : pointer) + ": " + problem;
    }
}
