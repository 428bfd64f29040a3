package dev.newspipe.enrichment.entities.en;

import dev.newspipe.contract.EntityType;
import dev.newspipe.enrichment.Resources;
import dev.newspipe.enrichment.entities.Countries;
import dev.newspipe.enrichment.entities.EntityGrouper;
import dev.newspipe.enrichment.entities.chain.Gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The English language knowledge the recognizer applies, read once from {@code entities/en/*} and
 * {@code countries/en.tsv}: gazetteers, title words, keyword and context lists. Immutable after construction.
 */
final class EnglishLexicon {

    private static final String DIR = "entities/en/";

    final EnglishTokenizer tokenizer;
    final KnownNames gazetteer;
    /** Lower-cased English words (a capitalised sentence-initial word that is one says nothing about a name). */
    final Set<String> commonWords;
    /** Lower-cased words that never start a name, even capitalised ("The", "In", "However"). */
    final Set<String> functionWords;
    final Set<String> givenNames;
    /** Lower-cased capitalised words that are not names: months, weekdays, demonyms, languages, religions. */
    final Set<String> nonNames;
    final Set<String> demonyms;
    /** Title words: head words end a title ("Minister"), modifiers only come before one ("Prime", "Finance"). */
    final Set<String> titleHeads;
    final Set<String> titleModifiers;
    /** Lower-case connectors inside person names ("van", "bin", "del"). */
    final Set<String> nameConnectors;
    final Map<String, EntityType> suffixKeywords;
    final Map<String, EntityType> headKeywords;
    final Map<String, EntityType> prefixKeywords;
    /** Lower-case nouns that type an adjacent unknown name: "the firm X", "X, a village", "the X region". */
    final Map<String, EntityType> typeNouns;
    /** Lower-case words right before a name that suggest its type ("in X" → place). */
    final Map<String, EntityType> leftWords;
    /** Lower-case words right after a name that suggest a person ("X said"). */
    final Set<String> speechVerbs;
    /** The left-context place words strong enough to make even a person-like name a place ("in", "near"). */
    final Set<String> placeWordsForNames = Set.of("in", "near");
    /** Lower-case nouns whose "of X" names a place ("the governor of X", "the outskirts of X"), besides the place nouns. */
    final Set<String> placeOfNouns;
    /** Lower-case nouns whose "of X" names an organisation ("a unit of X"), besides the organisation nouns. */
    final Set<String> organizationOfNouns;
    /** "word preposition" pairs before a name that type it ("stake in" → organisation), keyed "stake in". */
    final Map<String, EntityType> prepositionContext;
    /** Lower-case words after a place name that make it a mere modifier ("Paris accord"). */
    final Set<String> modifierBlockers;
    final Set<String> acronymStoplist;
    /** What follows a family name without being a name: "Jr.", "Sr.", "III". */
    final Set<String> nameSuffixes = Set.of("Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV");
    /** Company-form abbreviations that end a company name ("Co.", "Inc."), case-sensitive. */
    final Set<String> corporateSuffixes = Set.of("Co.", "Corp.", "Inc.", "Ltd.", "Bros.", "Inc", "Ltd", "Plc", "PLC", "LLC", "AG", "SA", "NV");
    /** Lower-cased first parts of fused adjectives ("Sino" in "Sino-US"). */
    final Set<String> fusedPrefixes;
    /** Lower-cased endings of "Tokyo-based"-like adjectives whose first part is a place worth tagging. */
    final Set<String> placeSuffixes;
    /** Every English country name and short form, lower-cased. */
    final Set<String> countryNames;
    /** Lower-cased last words that make a capitalised phrase an event, law or prize, not an entity ("Montreal Protocol"). */
    final Set<String> blockingSuffixes;
    /** Lower-cased first words that make a capitalised phrase a storm, an operation or a project ("Typhoon Halong"). */
    final Set<String> blockingPrefixes;
    /** Lower-case nouns after a name that make it the name of a thing ("the Artemis II mission"). */
    final Set<String> thingNouns;
    /** Letters after a name that are not part of it ("KC", "MP", "OBE"), case-sensitive. */
    final Set<String> postNominals;
    /** Lower-cased place keywords that are also family names ("Ward", "Hill"): after a given name, a person. */
    final Set<String> surnameKeywords;
    /** Lower-cased adjectives that qualify a country rather than name a body ("Greater", "Modern", "Rural"). */
    final Set<String> placeAdjectives;
    /** Lower-case words between a score and the team it was made against ("2-1 win over X"). */
    final Set<String> scoreLinks;
    /** Family-name prefixes written with an inner capital ("Mc", "De"): "McDonald" is no camel-case brand. */
    final List<String> namePrefixes;
    /** The fifty US states, as canonical names: "University of California, Davis" goes on with its campus. */
    final Set<String> usStates;

    EnglishLexicon(Countries countries) {
        Set<String> abbreviations = new HashSet<>(Resources.lines(DIR + "abbreviations.txt").stream().map(String::strip).toList());
        tokenizer = new EnglishTokenizer(Set.copyOf(abbreviations), lowerSet("name-adjective-endings.txt"));
        commonWords = lowerSet("common-words.txt");
        functionWords = lowerSet("function-words.txt");
        givenNames = lowerSet("given-names.txt");
        demonyms = lowerSet("demonyms.txt");
        Set<String> non = new HashSet<>(lowerSet("not-names.txt"));
        non.addAll(demonyms);
        nonNames = Set.copyOf(non);
        nameConnectors = lowerSet("name-connectors.txt");
        fusedPrefixes = lowerSet("fused-prefixes.txt");
        placeSuffixes = lowerSet("place-adjective-endings.txt");
        countryNames = Set.copyOf(countries.names("en").keySet());
        acronymStoplist = Set.copyOf(Resources.lines(DIR + "acronym-stoplist.txt").stream().map(String::strip).toList());
        Set<String> heads = new HashSet<>();
        Set<String> modifiers = new HashSet<>();
        for (String[] row : Resources.tsv(DIR + "person-titles.tsv")) {
            (row.length > 1 && row[1].strip().equals("head") ? heads : modifiers).add(row[0].strip().toLowerCase(Locale.ROOT));
        }
        titleHeads = Set.copyOf(heads);
        titleModifiers = Set.copyOf(modifiers);
        Map<String, EntityType> suffix = new HashMap<>();
        Map<String, EntityType> head = new HashMap<>();
        Map<String, EntityType> prefix = new HashMap<>();
        Set<String> blocking = new HashSet<>();
        Set<String> blockingFirst = new HashSet<>();
        for (String[] row : Resources.tsv(DIR + "keywords.tsv")) {
            String word = row[0].strip().toLowerCase(Locale.ROOT);
            if (row[1].strip().equals("NONE")) {
                (row[2].strip().equals("prefix") ? blockingFirst : blocking).add(word);
                continue;
            }
            EntityType type = EntityType.valueOf(row[1].strip());
            for (String where : row[2].split(",")) {
                switch (where.strip()) {
                    case "suffix" -> suffix.put(word, type);
                    case "head" -> head.put(word, type);
                    case "prefix" -> prefix.put(word, type);
                    default -> throw new IllegalStateException("keywords.tsv: unknown position " + where);
                }
            }
        }
        blockingSuffixes = Set.copyOf(blocking);
        blockingPrefixes = Set.copyOf(blockingFirst);
        thingNouns = lowerSet("thing-nouns.txt");
        postNominals = Set.copyOf(Resources.lines(DIR + "post-nominals.txt").stream().map(String::strip).toList());
        surnameKeywords = lowerSet("surname-keywords.txt");
        scoreLinks = lowerSet("score-links.txt");
        namePrefixes = Resources.lines(DIR + "name-prefixes.txt").stream().map(String::strip).toList();
        placeAdjectives = lowerSet("place-adjectives.txt");
        usStates = Set.copyOf(Resources.lines(DIR + "us-states.txt").stream().map(String::strip).toList());
        suffixKeywords = Map.copyOf(suffix);
        headKeywords = Map.copyOf(head);
        prefixKeywords = Map.copyOf(prefix);
        typeNouns = typedWords("type-nouns.tsv");
        leftWords = typedWords("left-context.tsv");
        speechVerbs = lowerSet("speech-verbs.txt");
        placeOfNouns = lowerSet("of-place-nouns.txt");
        organizationOfNouns = lowerSet("of-organization-nouns.txt");
        Map<String, EntityType> pairs = new HashMap<>();
        for (String[] row : Resources.tsv(DIR + "preposition-context.tsv")) {
            pairs.put(row[0].strip().toLowerCase(Locale.ROOT) + " " + row[1].strip().toLowerCase(Locale.ROOT),
                    EntityType.valueOf(row[2].strip()));
        }
        prepositionContext = Map.copyOf(pairs);
        modifierBlockers = lowerSet("modifier-blockers.txt");

        gazetteer = buildKnownNames(countries);
    }

    /**
     * Countries first (CLDR names with their ISO code as key, then the short forms of {@code countries/en.tsv}), then
     * {@code gazetteer.tsv}, then each listed person's family name alone: the first entry for a surface wins.
     */
    private KnownNames buildKnownNames(Countries countries) {
        Gazetteer.Builder builder = Gazetteer.builder(KnownNames.FOLD);
        List<String> surfaces = new ArrayList<>();
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            builder.add(new Gazetteer.Entry(name, EntityType.LOCATION, name, code, true));
            surfaces.add(name);
        }
        for (String[] row : Resources.tsv("countries/en.tsv")) {
            countries.lookup("en", row[0]).ifPresent(c ->
                    builder.add(new Gazetteer.Entry(row[0].strip(), EntityType.LOCATION, c.englishName(), c.code(), true)));
            surfaces.add(row[0].strip());
        }
        builder.addFile(DIR + "gazetteer.tsv");
        for (String[] row : Resources.tsv(DIR + "gazetteer.tsv")) {
            surfaces.add(row[0].strip());
            if (row[1].strip().equals("PERSON") && (row.length < 3 || row[2].isBlank())) {
                addFamilyName(builder, row[0].strip(), surfaces);
            }
        }
        Set<String> firstWords = new HashSet<>();
        for (String surface : surfaces) {
            List<Token> tokens = tokenizer.tokenize(surface);
            if (!tokens.isEmpty()) {
                firstWords.add(KnownNames.FOLD.fold(tokens.get(0).text()));
            }
        }
        return new KnownNames(builder.build(), firstWords);
    }

    /** "Trump" for "Donald Trump", unless the family name is a common English word or a given name ("May" of "Theresa May"). */
    private void addFamilyName(Gazetteer.Builder builder, String name, List<String> surfaces) {
        String[] parts = name.split(" ");
        String last = parts[parts.length - 1];
        if (parts.length > 1 && last.length() > 3 && !commonWords.contains(last.toLowerCase(Locale.ROOT))
                && !givenNames.contains(last.toLowerCase(Locale.ROOT))) {
            builder.add(new Gazetteer.Entry(last, EntityType.PERSON, name, EntityGrouper.slug(name), false));
            surfaces.add(last);
        }
    }

    private static Set<String> lowerSet(String file) {
        Set<String> set = new HashSet<>();
        for (String line : Resources.lines(DIR + file)) {
            set.add(line.strip().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(set);
    }

    private static Map<String, EntityType> typedWords(String file) {
        Map<String, EntityType> map = new HashMap<>();
        for (String[] row : Resources.tsv(DIR + file)) {
            map.put(row[0].strip().toLowerCase(Locale.ROOT), EntityType.valueOf(row[1].strip()));
        }
        return Map.copyOf(map);
    }

    boolean isTitleWord(Token t) {
        String w = t.lower();
        return titleHeads.contains(w) || titleModifiers.contains(w);
    }

    boolean isCommon(Token t) {
        return commonWords.contains(t.lower());
    }
}
