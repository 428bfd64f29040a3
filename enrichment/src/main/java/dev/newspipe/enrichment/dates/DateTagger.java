package dev.newspipe.enrichment.dates;

import dev.newspipe.contract.DateTag;
import dev.newspipe.contract.TextField;

import java.time.LocalDate;
import java.util.List;

/** The date stage. (Being written: finds nothing yet.) */
public final class DateTagger {

    public DateTagger() {
    }

    /**
     * Every expression in {@code text} that points at a calendar date or period, normalised and resolved
     * against {@code anchor} (the article's local publication date).
     */
    public List<DateTag> tag(String language, TextField field, String text, LocalDate anchor) {
        return List.of();
    }
}
