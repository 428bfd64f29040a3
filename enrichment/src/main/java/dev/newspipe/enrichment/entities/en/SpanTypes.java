package dev.newspipe.enrichment.entities.en;

import dev.newspipe.contract.EntityType;
import dev.newspipe.enrichment.entities.chain.Evidence;
import dev.newspipe.enrichment.entities.chain.Gazetteer;
import dev.newspipe.enrichment.entities.chain.Proposal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Types a capitalised span from its own words: keywords ("... Bank", "Bank of ..."), known parts ("BBC Radio Wales"),
 * acronyms, given names, a score before a team; blocks what names nothing ("Montreal Protocol", "737 MAX"). One per
 * field; known names a span splits into go to the field's proposals.
 */
final class SpanTypes {

    private final EnglishText tx;
    private final EnglishLexicon lex;
    private final List<Token> tokens;
    private final int n;
    private final List<Proposal> out;

    SpanTypes(EnglishText tx, List<Proposal> out) {
        this.tx = tx;
        this.lex = tx.lex;
        this.tokens = tx.tokens;
        this.n = tx.n;
        this.out = out;
    }

    /** Types a span from its own words: keywords, known parts, acronyms, given names. */
    Proposal classify(int a, int b) {
        Token first = tokens.get(a);
        Token last = tokens.get(b - 1);
        String lastWord = last.lower();
        if (b - a >= 2 && (lex.blockingSuffixes.contains(lastWord) || lex.blockingPrefixes.contains(first.lower()))) {
            return blocker(a, b, Evidence.SUFFIX); // "Montreal Protocol", "Typhoon Halong"
        }
        Token right = tx.word(b);
        if (right != null && !right.capitalized() && lex.thingNouns.contains(right.lower())) {
            return blocker(a, b, Evidence.CONTEXT); // "the Artemis II mission"
        }
        if (b - a == 1) {
            if (first.hasDigit() || lex.isTitleWord(first) || tx.isNonName(first) || first.text().length() < 2
                    || partyLabel(first.text()) || fused(first.text())) {
                return blocker(a, b, Evidence.SHAPE);
            } else if (MONTH_ABBREVIATIONS.contains(first.text()) && b < n && tokens.get(b).isWord()
                    && tokens.get(b).text().length() <= 2 && tokens.get(b).text().chars().allMatch(Character::isDigit)) {
                return blocker(a, b, Evidence.CONTEXT); // "Jan 24": a date in a dateline
            } else if (first.allCaps()) {
                return acronym(a);
            } else if (camelCase(first.text())) {
                return tx.span(a, b, EntityType.ORGANIZATION, Evidence.GUESS); // "WestJet", "IonQ": brand-style names
            }
            return unknown(a, b);
        }
        KnownNames.Match country = lex.gazetteer.longest(tx.seq, a, b);
        if (country != null && country.entry().type() == EntityType.LOCATION && country.entry().key() != null
                && country.entry().key().length() == 2 && country.end() < b) {
            Gazetteer.Entry rest = lex.gazetteer.exact(tx.seq, country.end(), b);
            if (rest != null && rest.type() == EntityType.ORGANIZATION) {
                // "U.S. Senate", "UK Parliament": the organisation (CountryInOrganization adds the country inside it)
                return tx.span(a, b, EntityType.ORGANIZATION, Evidence.COMPOUND);
            }
        }
        if (b - a >= 2 && SpanExtent.unionLocal(tokens, b - 1)) {
            return tx.span(a, b, EntityType.ORGANIZATION, Evidence.SUFFIX); // "Teamsters Local 727"
        }
        if (afterScore(a) && !lex.givenNames.contains(first.lower())) {
            return tx.span(a, b, EntityType.ORGANIZATION, Evidence.POSITION); // "a 2-1 win over Grimsby Town", "lost 3-0 at Bradford City"
        }
        if (b - a == 2 && lex.surnameKeywords.contains(lastWord) && lex.givenNames.contains(first.lower()) && tx.allNameShaped(a, a + 1)) {
            return tx.span(a, b, EntityType.PERSON, Evidence.SHAPE); // "Esme Ward", "Fiona Hill": a family name, not a place
        }
        EntityType suffix = lex.suffixKeywords.get(lastWord);
        if (suffix != null) {
            return tx.span(a, b, suffix, Evidence.SUFFIX);
        }
        if (b - a == 2 && nationalBody(a)) {
            return tx.span(a, b, EntityType.ORGANIZATION, Evidence.COMPOUND); // "Insurance Ireland", "Universities Australia"
        }
        int head = tx.headOf(a, b);
        if (head >= 0) {
            return tx.span(a, b, lex.headKeywords.get(tokens.get(head).lower()), Evidence.SUFFIX); // "Bank of Canada"
        }
        KnownNames.Match m = lex.gazetteer.longest(tx.seq, a, b);
        if (m != null && m.entry().type() != null) {
            if (m.entry().type() == EntityType.ORGANIZATION) {
                return tx.span(a, b, EntityType.ORGANIZATION, Evidence.COMPOUND); // "BBC Radio Wales", "Honda Motor"
            }
            if (m.entry().type() == EntityType.LOCATION && tx.allNameShaped(m.end(), b)
                    && (isPluralNoun(lastWord) || lastWord.endsWith("s") && !lastWord.endsWith("ss") && !lex.givenNames.contains(first.lower()))) {
                return tx.span(a, b, EntityType.ORGANIZATION, Evidence.COMPOUND); // "Boston Hawks": a team
            }
        }
        EntityType prefix = lex.prefixKeywords.get(first.lower());
        if (prefix != null) {
            return tx.span(a, b, prefix, Evidence.SUFFIX);
        }
        if (first.allCaps() && !first.text().contains(".") && first.text().length() <= 5 && tx.allNameShaped(a + 1, b)) {
            return tx.span(a, b, EntityType.ORGANIZATION, Evidence.GUESS); // "LG Display", "SK Hynix"
        }
        if (lex.givenNames.contains(first.lower()) && tx.allNameShaped(a + 1, b)) {
            return tx.span(a, b, EntityType.PERSON, Evidence.SHAPE); // a given name and name-shaped words
        }
        if (splitIntoKnownNames(a, b)) {
            return blocker(a, b, Evidence.KNOWN); // its parts were added instead
        }
        return unknown(a, b);
    }

    private Proposal blocker(int a, int b, Evidence evidence) {
        return Proposal.blocker(tokens.get(a).start(), tokens.get(b - 1).end(), evidence);
    }

    /** A name-shaped span nothing here could type: context and the rest of the text may still. */
    Proposal unknown(int a, int b) {
        return tx.span(a, b, null, Evidence.GUESS);
    }

    /**
     * "... in the U.S. Trump said": two known names that only a lost sentence break joined. When known names
     * cover the whole span, they are taken one by one.
     */
    private boolean splitIntoKnownNames(int a, int b) {
        List<KnownNames.Match> parts = new ArrayList<>();
        for (int k = a; k < b; ) {
            KnownNames.Match m = lex.gazetteer.longest(tx.seq, k, b);
            if (m == null || m.entry().type() == null) {
                return false;
            }
            parts.add(m);
            k = m.end();
        }
        if (parts.size() < 2) {
            return false;
        }
        int from = a;
        for (KnownNames.Match m : parts) {
            out.add(Known.proposal(tx, from, m.end(), m.entry()));
            from = m.end();
        }
        return true;
    }

    /** The span follows a score ("2-1", "3-0") within three linking words ending in a preposition: it is a team. */
    private boolean afterScore(int a) {
        if (a < 2 || !tokens.get(a - 1).isWord() || tokens.get(a - 1).capitalized()) {
            return false;
        }
        String prep = tokens.get(a - 1).lower();
        if (!(prep.equals("at") || prep.equals("against") || prep.equals("over") || prep.equals("to") || prep.equals("with")
                || prep.equals("by") || prep.equals("v") || prep.equals("vs") || prep.equals("vs."))) {
            return false;
        }
        for (int k = a - 2; k >= 0 && k >= a - 4; k--) {
            Token t = tokens.get(k);
            if (isScore(t.text())) {
                return true;
            }
            if (!t.isWord() || !lex.scoreLinks.contains(t.lower())) {
                return false;
            }
        }
        return false;
    }

    /** "2-1", "3–0", "24-17": two small numbers joined by a hyphen or dash. */
    private static boolean isScore(String s) {
        int dash = -1;
        for (int k = 0; k < s.length(); k++) {
            char ch = s.charAt(k);
            if (ch == '-' || ch == '–') {
                if (dash >= 0) {
                    return false;
                }
                dash = k;
            } else if (!Character.isDigit(ch)) {
                return false;
            }
        }
        return dash > 0 && dash < s.length() - 1 && dash <= 3 && s.length() - dash - 1 <= 3;
    }

    private static final Set<String> MONTH_ABBREVIATIONS = Set.of("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
            "Oct", "Nov", "Dec");

    /** "WestJet", "IonQ", "AstraZeneca": a capital after a lower-case letter inside one word, as brands write them. */
    private boolean camelCase(String w) {
        if (w.length() < 4 || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        for (int k = 2; k < w.length(); k++) {
            if (!Character.isLetterOrDigit(w.charAt(k))) {
                return false;
            }
        }
        int inner = -1;
        for (int k = 2; k < w.length(); k++) {
            if (Character.isUpperCase(w.charAt(k)) && Character.isLowerCase(w.charAt(k - 1))) {
                inner = k;
                break;
            }
        }
        if (inner < 0 || !Character.isLetterOrDigit(w.charAt(1))) {
            return false;
        }
        for (String prefix : lex.namePrefixes) {
            if (inner == prefix.length() && w.startsWith(prefix)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Insurance Ireland", "Universities Australia", "Cricket Australia": a common noun before a country names the
     * national body of that sector. Adjectives of place and time are excluded ("Greater London", "Modern Greece").
     */
    private boolean nationalBody(int a) {
        Token first = tokens.get(a);
        String w = first.lower();
        if (!lex.commonWords.contains(w) || lex.givenNames.contains(w) || lex.isTitleWord(first) || tx.isNonName(first)
                || EnglishText.isCompass(w) || lex.placeAdjectives.contains(w) || first.sentenceStart()) {
            return false;
        }
        Gazetteer.Entry country = lex.gazetteer.exact(tx.seq, a + 1, a + 2);
        return country != null && country.type() == EntityType.LOCATION && country.key() != null && country.key().length() == 2;
    }

    /** "Hawks", "Foxes", "Rangers": the plural of a common noun, as team names are (family names such as "Perkins" are not). */
    private boolean isPluralNoun(String w) {
        if (w.length() < 4 || !w.endsWith("s")) {
            return false;
        }
        String stem = w.substring(0, w.length() - 1);
        return lex.commonWords.contains(stem) || lex.commonWords.contains(w)
                || (w.endsWith("ies") && lex.commonWords.contains(w.substring(0, w.length() - 3) + "y"));
    }

    /** An all-caps word: an organisation ("IMF", "NGA") unless it is a common abbreviation or explained as none. */
    private Proposal acronym(int a) {
        Token t = tokens.get(a);
        String s = t.text();
        if (s.length() > 6 || lex.acronymStoplist.contains(s) || EnglishText.isRoman(s)
                || (s.length() >= 3 && lex.commonWords.contains(t.lower()) && !tx.capitalisedMidSentence.contains(t.lower()))) {
            return blocker(a, a + 1, Evidence.SHAPE);
        }
        if (a > 0 && tokens.get(a - 1).isWord() && tokens.get(a - 1).text().chars().allMatch(Character::isDigit)) {
            return blocker(a, a + 1, Evidence.CONTEXT); // "737 MAX": a model name
        }
        if (a >= 2 && tokens.get(a - 1).text().equals("(")) {
            Token before = tokens.get(a - 2);
            if (before.isWord() && !before.capitalized()) {
                return blocker(a, a + 1, Evidence.CONTEXT); // "measles, mumps and rubella (MMR)": short for something that is no name
            }
        }
        return tx.span(a, a + 1, EntityType.ORGANIZATION, Evidence.GUESS);
    }

    /** "Sino-US", "US-China", "Franco-German", "Pro-Russian": names fused into an adjective are not mentions. */
    private boolean fused(String word) {
        if (word.indexOf('-') < 0) {
            return false;
        }
        for (String part : word.split("-")) {
            String p = part.toLowerCase(Locale.ROOT);
            if (lex.fusedPrefixes.contains(p) || lex.demonyms.contains(p) || lex.countryNames.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** "D-Mass.", "R-Texas": a US lawmaker's party and state, written as one hyphenated word. */
    private static boolean partyLabel(String s) {
        return s.length() > 2 && s.charAt(1) == '-' && "DRI".indexOf(s.charAt(0)) >= 0;
    }

}
