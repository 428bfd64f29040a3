package dev.newspipe.enrichment.entities;

import dev.newspipe.enrichment.Resources;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country names in every supported language, keyed by ISO 3166 alpha-2. The names come from the JDK's
 * CLDR data ({@code Locale.getDisplayCountry}), which names every country in every language; the short
 * forms news actually uses (米国, 美国, U.S.) come from {@code countries/<lang>.tsv} ({@code alias<TAB>code}).
 */
public final class Countries {

    /** A country as found: its ISO code and English name. */
    public record Country(String code, String englishName) {
    }

    private static final Map<String, Locale> DISPLAY = Map.of(
            "en", Locale.ENGLISH,
            "ja", Locale.JAPANESE,
            "zh", Locale.SIMPLIFIED_CHINESE);

    private final Map<String, Map<String, Country>> byLanguage = new HashMap<>();

    public Countries() {
        for (Map.Entry<String, Locale> language : DISPLAY.entrySet()) {
            Map<String, Country> names = new HashMap<>();
            for (String code : Locale.getISOCountries()) {
                Locale country = new Locale("", code);
                Country value = new Country(code, country.getDisplayCountry(Locale.ENGLISH));
                names.put(normalize(country.getDisplayCountry(language.getValue())), value);
                if (language.getKey().equals("zh")) {
                    names.putIfAbsent(normalize(country.getDisplayCountry(Locale.TRADITIONAL_CHINESE)), value);
                }
            }
            for (String[] row : Resources.tsv("countries/" + language.getKey() + ".tsv")) {
                String code = row[1].strip();
                names.put(normalize(row[0]), new Country(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH)));
            }
            byLanguage.put(language.getKey(), names);
        }
    }

    /** The country {@code name} denotes in {@code language}, if it is a country name or a known short form. */
    public Optional<Country> lookup(String language, String name) {
        Map<String, Country> names = byLanguage.get(language);
        return names == null ? Optional.empty() : Optional.ofNullable(names.get(normalize(name)));
    }

    /** Every name known for {@code language} (for building dictionaries). */
    public Map<String, Country> names(String language) {
        return Map.copyOf(byLanguage.getOrDefault(language, Map.of()));
    }

    static String normalize(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
