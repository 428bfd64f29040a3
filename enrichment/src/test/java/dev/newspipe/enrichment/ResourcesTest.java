package dev.newspipe.enrichment;

import org.junit.jupiter.api.Test;

import java.util.MissingResourceException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Language knowledge files: comments and blank lines skipped, a missing file a loud failure, never an empty list. */
class ResourcesTest {

    @Test
    void readsEntriesWithoutCommentsOrBlankLines() {
        var lines = Resources.lines("entities/ja/person-titles.txt");
        assertFalse(lines.isEmpty());
        assertTrue(lines.stream().noneMatch(l -> l.isBlank() || l.strip().startsWith("#")));
    }

    @Test
    void aMissingFileFailsLoudlyNamingIt() {
        MissingResourceException e = assertThrows(MissingResourceException.class,
                () -> Resources.tsv("entities/ja/no-such-list.tsv"));
        assertTrue(e.getMessage().contains("entities/ja/no-such-list.tsv"), e.getMessage());
    }
}
