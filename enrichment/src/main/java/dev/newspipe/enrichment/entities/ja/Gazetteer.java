package dev.newspipe.enrichment.entities.ja;

import dev.newspipe.contract.EntityType;
import dev.newspipe.enrichment.Resources;
import dev.newspipe.enrichment.entities.Countries;
import dev.newspipe.enrichment.entities.EntityGrouper;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Well-known names with their type and English canonical name: every country (CLDR names and the short
 * forms in {@code countries/ja.tsv}, keyed by ISO code) plus {@code entities/ja/gazetteer.tsv}
 * (surface, type, English name; keyed by the slug of the English name; type NONE for phrases that contain a
 * name without being one, such as 日経平均). Looked up by exact folded surface.
 */
final class Gazetteer {

    /** What a known surface denotes; a null type marks a blocker, a phrase that names no entity. */
    record Entry(EntityType type, String canonical, String key) {
    }

    private final Map<String, Entry> entries = new HashMap<>();
    private final CharTrie<Entry> trie = new CharTrie<>();

    Gazetteer(Countries countries, String resource) {
        for (Map.Entry<String, Countries.Country> country : countries.names("ja").entrySet()) {
            String surface = Fold.fold(country.getKey());
            // Single characters (米, 中, 日) are the fused abbreviations of compounds such as 日米: never entities alone.
            if (surface.length() < 2) {
                continue;
            }
            entries.put(surface, new Entry(EntityType.LOCATION, country.getValue().englishName(), country.getValue().code()));
        }
        for (String[] row : Resources.tsv(resource)) {
            if (row.length < 3) {
                continue;
            }
            String surface = Fold.fold(row[0].strip());
            if (surface.length() < 2 || entries.containsKey(surface)) {
                continue;
            }
            String typeName = row[1].strip().toUpperCase(Locale.ROOT);
            // NONE: a name that contains an entity's name but is none (日経平均, ノーベル賞): it blocks the shorter match.
            EntityType type = typeName.equals("NONE") ? null : EntityType.valueOf(typeName);
            String canonical = row[2].strip();
            entries.put(surface, new Entry(type, canonical, EntityGrouper.slug(canonical)));
        }
        entries.forEach(trie::put);
    }

    Entry get(String surface) {
        return entries.get(Fold.fold(surface));
    }

    /** The end offsets of the entries starting at {@code start} in the folded text, longest first. */
    void matchesFrom(String folded, int start, List<Integer> ends) {
        trie.matchesFrom(folded, start, ends);
    }

    Entry at(String folded, int start, int end) {
        return trie.get(folded, start, end);
    }
}
