package dev.newspipe.enrichment.topics;

/** Counts the occurrences of a language's keywords in a text. Implementations are immutable and thread-safe. */
interface KeywordMatcher {

    /** Adds to {@code counts[i]} the number of times keyword {@code i} (index into the keyword list) occurs in {@code text}. */
    void count(String text, int[] counts);

    int size();
}
