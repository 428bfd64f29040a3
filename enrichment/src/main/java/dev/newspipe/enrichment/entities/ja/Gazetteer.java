package dev.newspipe.enrichment.entities.ja;

import dev.newspipe.contract.EntityType;
import dev.newspipe.enrichment.Resources;
import dev.newspipe.enrichment.entities.Countries;
import dev.newspipe.enrichment.entities.EntityGrouper;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Well-known names with their type and English canonical name: every country (CLDR names and the short
 * forms in {@code countries/ja.tsv}, keyed by ISO code) plus {@code entities/ja/gazetteer.tsv}
 * (surface, type, English name; keyed by the slug of the English name). Looked up by exact folded surface.
 */
final class Gazetteer {

    /** What a known surface denotes. */
    record Entry(EntityType type, String canonical, String key) {
    }

    private final Map<String, Entry> entries = new HashMap<>();
    private final int maxLength;

    Gazetteer(Countries countries, String resource) {
        int longest = 0;
        for (Map.Entry<String, Countries.Country> country : countries.names("ja").entrySet()) {
            String surface = Fold.fold(country.getKey());
            // Single characters (米, 中, 日) are the fused abbreviations of compounds such as 日米: never entities alone.
            if (surface.length() < 2) {
                continue;
            }
            entries.put(surface, new Entry(EntityType.LOCATION, country.getValue().englishName(), country.getValue().code()));
            longest = Math.max(longest, surface.length());
        }
        for (String[] row : Resources.tsv(resource)) {
            if (row.length < 3) {
                continue;
            }
            String surface = Fold.fold(row[0].strip());
            if (surface.length() < 2 || entries.containsKey(surface)) {
                continue;
            }
            EntityType type = EntityType.valueOf(row[1].strip().toUpperCase(Locale.ROOT));
            String canonical = row[2].strip();
            entries.put(surface, new Entry(type, canonical, EntityGrouper.slug(canonical)));
            longest = Math.max(longest, surface.length());
        }
        this.maxLength = longest;
    }

    Entry get(String surface) {
        return entries.get(Fold.fold(surface));
    }

    /** The longest entry starting at {@code start} in the folded text, as its length; 0 when none. */
    int longestAt(String folded, int start, int minLength) {
        int limit = Math.min(maxLength, folded.length() - start);
        for (int length = limit; length >= minLength; length--) {
            if (entries.containsKey(folded.substring(start, start + length))) {
                return length;
            }
        }
        return 0;
    }

    Entry at(String folded, int start, int length) {
        return entries.get(folded.substring(start, start + length));
    }
}
