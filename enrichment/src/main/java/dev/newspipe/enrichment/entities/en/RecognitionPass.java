package dev.newspipe.enrichment.entities.en;

import dev.newspipe.enrichment.entities.chain.Gazetteer;
import dev.newspipe.contract.EntityType;
import dev.newspipe.contract.TextField;
import dev.newspipe.enrichment.entities.EntityMention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One run of the recognizer over one field: finds capitalised spans, strips titles, types each span from
 * what is known (gazetteers, keywords, titles, given names), then from its context, then from the rest of the
 * text (a family name alone is the person named in full elsewhere). Not thread-safe: one per call.
 */
final class RecognitionPass {

    private final EnglishLexicon lex;
    private final TokenText tx;
    private final String text;
    private final TextField field;
    private final List<Token> tokens;
    private final int n;
    private final Set<String> capitalisedMidSentence;
    private final List<Candidate> candidates = new ArrayList<>();

    RecognitionPass(EnglishLexicon lex, TextField field, String text) {
        this.lex = lex;
        this.tx = new TokenText(lex, text);
        this.text = text;
        this.field = field;
        this.tokens = tx.tokens;
        this.n = tx.n;
        this.capitalisedMidSentence = tx.capitalisedMidSentence;
    }

    List<EntityMention> run() {
        if (n == 0) {
            return List.of();
        }
        int start = 0;
        if (field == TextField.BODY) {
            start = dateline();
        }
        if (field == TextField.TITLE && isTitleCase()) {
            knownNamesOnly();
        } else {
            for (int i = start; i < n; ) {
                if (!tokens.get(i).capitalized()) {
                    basedOn(i);
                    i++;
                    continue;
                }
                int end = extend(i);
                processSpan(i, end);
                i = end;
            }
            ContextRules context = new ContextRules(tx, candidates);
            for (Candidate c : candidates) {
                if (c.unknown() || c.strength < Candidate.STRONG) {
                    context.fromContext(c);
                }
            }
            new TextWideRules(tx, candidates).apply();
        }
        return mentions();
    }

    // ---------------------------------------------------------------- spans

    /** "SEOUL, Nov. 3 —", "MEXICO CITY —": the all-caps place opening a body. Returns the first token after it. */
    private int dateline() {
        List<Candidate> places = new ArrayList<>();
        int j = 0;
        while (true) {
            int from = j;
            while (j < n && j - from < 4 && tokens.get(j).allCaps() && !tokens.get(j).hasDigit()) {
                j++;
            }
            if (j == from || j >= n) {
                return 0;
            }
            places.add(datelinePlace(from, j));
            if (!tokens.get(j).text().equals("/")) {
                break; // "GAZA CITY/JERUSALEM —": several places
            }
            j++;
        }
        String next = tokens.get(j).text();
        if (!(next.equals("—") || next.equals("–") || next.equals("-") || next.equals(",") || next.equals("("))) {
            return 0;
        }
        candidates.addAll(places);
        return j;
    }

    private Candidate datelinePlace(int from, int to) {
        Candidate c = new Candidate(from, to);
        Gazetteer.Entry e = lex.gazetteer.exact(tx.seq, from, to);
        if (e != null && e.type() == EntityType.LOCATION) {
            known(c, e);
        } else {
            c.typed(EntityType.LOCATION, Candidate.STRONG);
        }
        return c;
    }

    /** "Tokyo-based", "London-headquartered": the known place the adjective is built on. */
    private void basedOn(int i) {
        Token t = tokens.get(i);
        int hyphen = t.text().lastIndexOf('-');
        if (!t.isWord() || hyphen <= 0 || !Character.isUpperCase(t.text().charAt(0))
                || !lex.placeSuffixes.contains(t.text().substring(hyphen + 1).toLowerCase(java.util.Locale.ROOT))) {
            return;
        }
        String place = t.text().substring(0, hyphen);
        List<Token> inner = lex.tokenizer.tokenize(place);
        if (inner.isEmpty()) {
            return;
        }
        Gazetteer.Entry e = lex.gazetteer.exact(new TokenSequence(place, inner), 0, inner.size());
        if (e != null && e.type() == EntityType.LOCATION) {
            Candidate c = new Candidate(i, i + 1);
            known(c, e);
            c.end = t.start() + hyphen;
            candidates.add(c);
        }
    }

    /** The end of the capitalised span starting at {@code i}, joining connectors that names contain. */
    private int extend(int i) {
        int j = i;
        boolean hasOf = false;
        while (j < n) {
            if (j > i && (tx.lineBreakBefore(j) || sentenceAfterAbbreviation(j))) {
                break;
            }
            KnownNames.Match m = lex.gazetteer.longest(tx.seq, j, n);
            if (m != null && m.end() > j + 1) {
                j = m.end();
            } else if (tokens.get(j).capitalized() || (j > i && tx.articleName(tokens.get(j)))) {
                j++;
            } else {
                break;
            }
            if (j + 1 >= n || tx.lineBreakBefore(j)) {
                break;
            }
            Token c = tokens.get(j);
            Token next = tokens.get(j + 1);
            String w = c.lower();
            if (c.isWord() && !c.capitalized() && lex.nameConnectors.contains(w) && next.capitalized()) {
                j++;
            } else if (tx.articleName(c)) {
                continue; // "Deir al-Balah", "Ahmed al-Sharaa": the article-fused word is consumed next round
            } else if ((w.equals("of") || w.equals("for")) && isHead(tokens.get(j - 1))) {
                if (next.capitalized() && (!tx.isNonName(next) || lex.demonyms.contains(next.lower()))) {
                    j++; // "Institute of Aboriginal ... Studies", "Department of Indigenous Affairs"
                    hasOf = true;
                } else if (next.lower().equals("the") && j + 2 < n && tokens.get(j + 2).capitalized()) {
                    j += 2;
                    hasOf = true;
                }
            } else if (w.equals("&") && next.capitalized()) {
                j++;
            } else if (w.equals("and") && next.capitalized() && !tx.startsKnownName(j + 1)
                    && (hasOf || andJoinsOrganization(i, j))) {
                j++;
            } else if ((w.equals(",") || w.equals("at")) && campusEnd(i, j) > j) {
                j = campusEnd(i, j); // "University of California, Davis", "University of Texas at Austin"
            } else if (hasOf && w.equals(",")) {
                int listEnd = commaList(j);
                if (listEnd > j) {
                    j = listEnd;
                }
            } else if (c.kind() == Token.Kind.POSSESSIVE && tokens.get(i).text().equals("St.") && next.capitalized()) {
                j++;
            } else if (unionLocal(j)) {
                j++; // "Teamsters Local 727": the number is part of the name
            } else if (pluralPossessiveInName(j)) {
                j++; // "Students' Association", "National Farmers' Union"
            }
        }
        return Math.max(j, i + 1);
    }

    /**
     * The end of the campus in "University of California, Davis" / "University of Texas at Austin": a US state
     * university's name goes on with its campus after a comma or "at". Returns {@code sep} when there is none.
     */
    private int campusEnd(int spanStart, int sep) {
        if (sep - spanStart < 3 || !tokens.get(spanStart).lower().equals("university") || !tokens.get(spanStart + 1).lower().equals("of")) {
            return sep;
        }
        Gazetteer.Entry state = lex.gazetteer.exact(tx.seq, spanStart + 2, sep);
        if (state == null || state.type() != EntityType.LOCATION || !lex.usStates.contains(state.canonical())) {
            return sep;
        }
        int k = sep + 1;
        while (k < n && k < sep + 4 && tokens.get(k).capitalized() && !tx.lineBreakBefore(k)) {
            k++;
        }
        if (k == sep + 1 || lex.suffixKeywords.containsKey(tokens.get(k - 1).lower())) {
            return sep; // "University of Texas, Rice University and ...": a list
        }
        if (k < n) {
            Token after = tokens.get(k);
            boolean closes = after.kind() == Token.Kind.PUNCT ? !after.text().equals("-") && !after.text().equals("&")
                    : after.kind() == Token.Kind.WORD && !after.capitalized() && !after.lower().equals("and") && !after.lower().equals("or");
            if (!closes) {
                return sep; // "University of Texas, Austin's ...", "..., Austin and Dallas"
            }
        }
        return k;
    }

    /** A local's number at {@code j}: "Local 514", "UAW Local 600". */
    private boolean unionLocal(int j) {
        Token t = tokens.get(j);
        return j > 0 && tokens.get(j - 1).text().equals("Local") && t.isWord() && t.text().length() <= 5
                && t.text().chars().allMatch(Character::isDigit);
    }

    /**
     * "ANU Students' Association", "Farmers' Union": a plural possessive apostrophe at {@code j} inside an
     * organisation's name, seen from the organisation keyword ending the capitalised run after it. Not after a
     * known name ("the Philippines' Foreign Ministry" is the ministry of a country named before it).
     */
    private boolean pluralPossessiveInName(int j) {
        Token apostrophe = tokens.get(j);
        if (apostrophe.kind() != Token.Kind.POSSESSIVE || apostrophe.text().length() != 1 || j + 1 >= n || j < 1) {
            return false;
        }
        KnownNames.Match known = lex.gazetteer.longest(tx.seq, j - 1, j);
        if (known != null || !tokens.get(j - 1).capitalized()) {
            return false;
        }
        int k = j + 1;
        while (k < n && k < j + 5 && tokens.get(k).capitalized() && !tx.lineBreakBefore(k)) {
            k++;
        }
        return k > j + 1 && lex.suffixKeywords.get(tokens.get(k - 1).lower()) == EntityType.ORGANIZATION;
    }

    /**
     * "Competition and Consumer Commission", "Food and Drug Administration": an "and" inside an organisation's
     * name, seen from the organisation keyword ending the capitalised run after it.
     */
    private boolean andJoinsOrganization(int spanStart, int and) {
        Token before = tokens.get(and - 1);
        if (lex.suffixKeywords.containsKey(before.lower()) || lex.gazetteer.exact(tx.seq, spanStart, and) != null) {
            return false;
        }
        int k = and + 1;
        while (k < n && k < and + 6 && tokens.get(k).capitalized()) {
            k++;
        }
        return k > and + 1 && lex.suffixKeywords.get(tokens.get(k - 1).lower()) == EntityType.ORGANIZATION;
    }

    /**
     * "... arrived in the U.S. Officials said": a period closing initials or an abbreviation can end the sentence too,
     * when what follows is a word that only a sentence start capitalises.
     */
    private boolean sentenceAfterAbbreviation(int j) {
        Token prev = tokens.get(j - 1);
        Token t = tokens.get(j);
        if (!prev.text().endsWith(".") || !t.capitalized()) {
            return false;
        }
        if (lex.corporateSuffixes.contains(prev.text()) && !lex.corporateSuffixes.contains(t.text())) {
            return true; // "Samsung Electronics Co. Xiaomi said": nothing but "Ltd." follows "Co." in a name
        }
        if (tx.startsKnownName(j)) {
            return false;
        }
        String w = t.lower();
        return lex.functionWords.contains(w) || (lex.commonWords.contains(w) && !capitalisedMidSentence.contains(w)
                && !lex.givenNames.contains(w) && !lex.isTitleWord(t) && !lex.suffixKeywords.containsKey(w));
    }

    /** ", Infrastructure, Transport and Tourism" after "Ministry of Land": returns the index of the last list item, else {@code comma}. */
    private int commaList(int comma) {
        int j = comma;
        for (int items = 0; items < 6 && j + 2 < n; items++) {
            Token sep = tokens.get(j);
            Token item = tokens.get(j + 1);
            if (!item.capitalized() || tx.startsKnownName(j + 1)) {
                return comma;
            }
            if (sep.text().equals(",") || sep.lower().equals("and")) {
                if (sep.lower().equals("and")) {
                    return j + 1;
                }
                j += 2;
                if (j < n && tokens.get(j).lower().equals("and")) {
                    continue;
                }
                if (j >= n || !tokens.get(j).text().equals(",")) {
                    return comma;
                }
            } else {
                return comma;
            }
        }
        return comma;
    }

    private boolean isHead(Token t) {
        String w = t.lower();
        return lex.headKeywords.containsKey(w) || lex.titleHeads.contains(w);
    }

    // ---------------------------------------------------------------- one span

    private void processSpan(int a, int b) {
        Gazetteer.Entry whole = lex.gazetteer.exact(tx.seq, a, b);
        if (whole != null) {
            addKnown(a, b, whole);
            return;
        }
        if (b - a >= 2 && TokenText.isCompass(tokens.get(a).lower())) {
            Gazetteer.Entry place = lex.gazetteer.exact(tx.seq, a + 1, b);
            if (place != null && place.type() == EntityType.LOCATION) {
                candidates.add(new Candidate(a, b).typed(EntityType.LOCATION, Candidate.STRONG)); // "Northern Virginia"
                return;
            }
        }
        boolean afterDrop = false;
        while (a < b) {
            Token t = tokens.get(a);
            KnownNames.Match m = lex.gazetteer.longest(tx.seq, a, b);
            if (m != null) {
                if (m.entry().type() == null && m.end() < b && !hasOrgStructure(a, b)) {
                    a = m.end();
                    afterDrop = true;
                    continue;
                }
                break;
            }
            String w = t.lower();
            if (lex.functionWords.contains(w) || (lex.nonNames.contains(w) && !hasOrgStructure(a, b))) {
                a++;
                afterDrop = true;
                continue;
            }
            if (t.sentenceStart() && !afterDrop && droppableInitial(a, b)) {
                a++;
                continue;
            }
            break;
        }
        boolean local = b - a >= 2 && unionLocal(b - 1);
        while (!local && b > a && ((tx.isNonName(tokens.get(b - 1)) && !lex.suffixKeywords.containsKey(tokens.get(b - 1).lower())
                && !(b - 2 >= a && lex.givenNames.contains(tokens.get(b - 2).lower()))) // "Theresa May"

                || !(tokens.get(b - 1).capitalized() || tx.articleName(tokens.get(b - 1))))) {
            b--;
        }
        while (b - a >= 3 && lex.postNominals.contains(tokens.get(b - 1).text())) {
            b--; // "Jonathan Hale KC", "Maria Lopez MP": letters after a name are not part of it
        }
        if (a >= b) {
            return;
        }
        if (a > 0 || b < n) {
            Gazetteer.Entry e = lex.gazetteer.exact(tx.seq, a, b);
            if (e != null) {
                addKnown(a, b, e);
                return;
            }
        }
        if (!splitTitle(a, b)) {
            candidates.add(classify(a, b));
        }
    }

    /** A capitalised sentence-initial common word ("Officials", "Striking") is dropped unless it is a name. */
    private boolean droppableInitial(int a, int b) {
        Token t = tokens.get(a);
        String w = t.lower();
        if (!lex.commonWords.contains(w) || lex.isTitleWord(t) || lex.givenNames.contains(w)
                || capitalisedMidSentence.contains(w) || t.allCaps() || hasOrgStructure(a, b)) {
            return false;
        }
        if (b - a == 1) {
            return true;
        }
        // "Royal Navy", "Federal Reserve": a run of capitalised common words is a name; "Embattled Intel" is not
        Token second = tokens.get(a + 1);
        return !(second.capitalized() && lex.commonWords.contains(second.lower()));
    }

    private boolean hasOrgStructure(int a, int b) {
        if (lex.suffixKeywords.containsKey(tokens.get(b - 1).lower()) && b - a >= 2) {
            return true;
        }
        return headOf(a, b) >= 0;
    }

    /** Index of the head word in "Bank of Canada", "Institute for Fiscal ...", or -1. */
    private int headOf(int a, int b) {
        for (int k = a + 1; k < b - 1; k++) {
            String w = tokens.get(k).lower();
            if ((w.equals("of") || w.equals("for")) && lex.headKeywords.containsKey(tokens.get(k - 1).lower())) {
                return k - 1;
            }
        }
        return -1;
    }

    /**
     * "Defense Secretary Lloyd Austin", "ECB President Christine Lagarde": the title goes, the name after it is a
     * person, and what came before the title ("ECB") is a name of its own. Returns false when there is no title.
     */
    private boolean splitTitle(int a, int b) {
        int head = -1;
        for (int k = a; k < b; k++) {
            if (lex.titleHeads.contains(tokens.get(k).lower())) {
                head = k;
            }
        }
        if (head < 0) {
            return false;
        }
        int nameStart = head + 1;
        // "Secretary of State Antony Blinken", "President of the European Central Bank Christine Lagarde"
        if (nameStart < b && (tokens.get(nameStart).lower().equals("of") || tokens.get(nameStart).lower().equals("for"))) {
            int k = nameStart + 1;
            if (k < b && tokens.get(k).lower().equals("the")) {
                k++;
            }
            KnownNames.Match m = k < b ? lex.gazetteer.longest(tx.seq, k, b) : null;
            if (m != null && m.entry().type() == EntityType.ORGANIZATION) {
                addKnown(k, m.end(), m.entry());
                k = m.end();
            } else {
                while (k < b && lex.isTitleWord(tokens.get(k))) {
                    k++;
                }
            }
            nameStart = k;
        }
        if (nameStart < b) {
            String last = tokens.get(b - 1).lower();
            if (lex.suffixKeywords.containsKey(last) || lex.blockingSuffixes.contains(last) || headOf(nameStart, b) >= 0) {
                return false; // "Commerce Department", "General Directorate": a keyword name, not a title
            }
        }
        int titleStart = head;
        while (titleStart > a && lex.isTitleWord(tokens.get(titleStart - 1))) {
            titleStart--;
        }
        if (titleStart > a && lex.givenNames.contains(tokens.get(titleStart - 1).lower())) {
            return false; // "Stephen King", "Martin Luther King Jr.": a family name that looks like a title
        }
        if (nameStart < b && nameStart == b - 1 && lex.nameSuffixes.contains(tokens.get(nameStart).text())) {
            return false;
        }
        if (titleStart > a) {
            processPrefix(a, titleStart);
        }
        if (nameStart < b && tokens.get(nameStart).capitalized()) {
            Gazetteer.Entry e = lex.gazetteer.exact(tx.seq, nameStart, b);
            if (e != null) {
                addKnown(nameStart, b, e);
            } else {
                Candidate c = new Candidate(nameStart, b).typed(EntityType.PERSON, Candidate.STRONG);
                candidates.add(c);
            }
        }
        return true;
    }

    /** What stands before a title: "U.S." (President), "ECB" (Governor), "Fukui" (Governor), "Chinese" (President). */
    private void processPrefix(int a, int b) {
        while (a < b && tx.isNonName(tokens.get(a))) {
            a++;
        }
        if (a >= b) {
            return;
        }
        if (b - a == 1 && b < n && PORTFOLIOS_NAMED_LIKE_PARTIES.contains(tokens.get(a).lower())
                && MINISTER_WORDS.contains(tokens.get(b).lower())) {
            return; // "Labour Minister Steven MacKinnon", "Labor Secretary Julie Su": the portfolio, not the party
        }
        Gazetteer.Entry e = lex.gazetteer.exact(tx.seq, a, b);
        if (e != null) {
            addKnown(a, b, e);
            return;
        }
        Candidate c = classify(a, b);
        if (c.type != null && c.type != EntityType.PERSON) {
            candidates.add(c);
        } else if (!c.blocked) {
            c.type = null;
            c.strength = Candidate.NONE;
            candidates.add(c); // context and the rest of the text may still type it
        }
    }

    private static final Set<String> PORTFOLIOS_NAMED_LIKE_PARTIES = Set.of("labour", "labor");
    private static final Set<String> MINISTER_WORDS = Set.of("minister", "secretary", "ministry", "department", "commissioner");

    private void addKnown(int a, int b, Gazetteer.Entry e) {
        Candidate c = new Candidate(a, b);
        if (e.type() == null) {
            c.blocked = true;
        } else {
            known(c, e);
        }
        candidates.add(c);
    }

    private static void known(Candidate c, Gazetteer.Entry e) {
        c.typed(e.type(), Candidate.KNOWN);
        c.canonical = e.canonical();
        c.key = e.key();
    }

    /** Types a span from its own words: keywords, known parts, acronyms, given names. */
    private Candidate classify(int a, int b) {
        Candidate c = new Candidate(a, b);
        Token first = tokens.get(a);
        Token last = tokens.get(b - 1);
        String lastWord = last.lower();
        if (b - a >= 2 && (lex.blockingSuffixes.contains(lastWord) || lex.blockingPrefixes.contains(first.lower()))) {
            c.blocked = true; // "Montreal Protocol", "Typhoon Halong"
            return c;
        }
        Token right = tx.word(b);
        if (right != null && !right.capitalized() && lex.thingNouns.contains(right.lower())) {
            c.blocked = true; // "the Artemis II mission"
            return c;
        }
        if (b - a == 1) {
            if (first.hasDigit() || lex.isTitleWord(first) || tx.isNonName(first) || first.text().length() < 2
                    || partyLabel(first.text()) || fused(first.text())) {
                c.blocked = true;
            } else if (MONTH_ABBREVIATIONS.contains(first.text()) && b < n && tokens.get(b).isWord()
                    && tokens.get(b).text().length() <= 2 && tokens.get(b).text().chars().allMatch(Character::isDigit)) {
                c.blocked = true; // "Jan 24": a date in a dateline
            } else if (first.allCaps()) {
                acronym(c);
            } else if (camelCase(first.text())) {
                c.typed(EntityType.ORGANIZATION, Candidate.WEAK); // "WestJet", "IonQ": brand-style names
            }
            return c;
        }
        KnownNames.Match country = lex.gazetteer.longest(tx.seq, a, b);
        if (country != null && country.entry().type() == EntityType.LOCATION && country.entry().key() != null
                && country.entry().key().length() == 2 && country.end() < b) {
            Gazetteer.Entry rest = lex.gazetteer.exact(tx.seq, country.end(), b);
            if (rest != null && rest.type() == EntityType.ORGANIZATION) {
                // "U.S. Senate", "UK Parliament": the organisation, and the country standing alone inside it
                addKnown(a, country.end(), country.entry());
                return c.typed(EntityType.ORGANIZATION, Candidate.STRONG);
            }
        }
        if (b - a >= 2 && unionLocal(b - 1)) {
            return c.typed(EntityType.ORGANIZATION, Candidate.STRONG);
        }
        if (afterScore(a) && !lex.givenNames.contains(first.lower())) {
            return c.typed(EntityType.ORGANIZATION, Candidate.STRONG); // "a 2-1 win over Grimsby Town", "lost 3-0 at Bradford City"
        }
        if (b - a == 2 && lex.surnameKeywords.contains(lastWord) && lex.givenNames.contains(first.lower()) && tx.allNameShaped(a, a + 1)) {
            return c.typed(EntityType.PERSON, Candidate.STRONG); // "Esme Ward", "Fiona Hill": a family name, not a place
        }
        EntityType suffix = lex.suffixKeywords.get(lastWord);
        if (suffix != null) {
            return c.typed(suffix, Candidate.STRONG);
        }
        if (b - a == 2 && nationalBody(a)) {
            return c.typed(EntityType.ORGANIZATION, Candidate.STRONG); // "Insurance Ireland", "Universities Australia"
        }
        int head = headOf(a, b);
        if (head >= 0) {
            return c.typed(lex.headKeywords.get(tokens.get(head).lower()), Candidate.STRONG);
        }
        KnownNames.Match m = lex.gazetteer.longest(tx.seq, a, b);
        if (m != null && m.entry().type() != null) {
            if (m.entry().type() == EntityType.ORGANIZATION) {
                return c.typed(EntityType.ORGANIZATION, Candidate.STRONG); // "BBC Radio Wales", "Honda Motor"
            }
            if (m.entry().type() == EntityType.LOCATION && tx.allNameShaped(m.end(), b)
                    && (isPluralNoun(lastWord) || lastWord.endsWith("s") && !lastWord.endsWith("ss") && !lex.givenNames.contains(first.lower()))) {
                return c.typed(EntityType.ORGANIZATION, Candidate.STRONG); // "Boston Hawks": a team
            }
        }
        EntityType prefix = lex.prefixKeywords.get(first.lower());
        if (prefix != null) {
            return c.typed(prefix, Candidate.STRONG);
        }
        if (first.allCaps() && !first.text().contains(".") && first.text().length() <= 5 && tx.allNameShaped(a + 1, b)) {
            return c.typed(EntityType.ORGANIZATION, Candidate.WEAK); // "LG Display", "SK Hynix"
        }
        if (lex.givenNames.contains(first.lower()) && tx.allNameShaped(a + 1, b)) {
            return c.typed(EntityType.PERSON, Candidate.STRONG);
        }
        if (splitIntoKnownNames(a, b)) {
            c.blocked = true; // its parts were added instead
        }
        return c;
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
            addKnown(from, m.end(), m.entry());
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
                || TokenText.isCompass(w) || lex.placeAdjectives.contains(w) || first.sentenceStart()) {
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
    private void acronym(Candidate c) {
        Token t = tokens.get(c.from);
        String s = t.text();
        if (s.length() > 6 || lex.acronymStoplist.contains(s) || tx.isRoman(s)
                || (s.length() >= 3 && lex.commonWords.contains(t.lower()) && !capitalisedMidSentence.contains(t.lower()))) {
            c.blocked = true;
            return;
        }
        if (c.from > 0 && tokens.get(c.from - 1).isWord() && tokens.get(c.from - 1).text().chars().allMatch(Character::isDigit)) {
            c.blocked = true; // "737 MAX": a model name
            return;
        }
        if (c.from >= 2 && tokens.get(c.from - 1).text().equals("(")) {
            Token before = tokens.get(c.from - 2);
            if (before.isWord() && !before.capitalized()) {
                c.blocked = true; // "measles, mumps and rubella (MMR)": short for something that is no name
                return;
            }
        }
        c.typed(EntityType.ORGANIZATION, Candidate.WEAK);
    }

    /** "Sino-US", "US-China", "Franco-German", "Pro-Russian": names fused into an adjective are not mentions. */
    private boolean fused(String word) {
        if (word.indexOf('-') < 0) {
            return false;
        }
        for (String part : word.split("-")) {
            String p = part.toLowerCase(java.util.Locale.ROOT);
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

    // ---------------------------------------------------------------- headlines in title case

    /** "Trump Meets Xi In Geneva": every word capitalised says nothing, so only known names count. */
    private boolean isTitleCase() {
        int words = 0;
        int capitalised = 0;
        for (Token t : tokens) {
            if (t.isWord() && Character.isLetter(t.text().charAt(0)) && !lex.functionWords.contains(t.lower())) {
                words++;
                if (t.capitalized()) {
                    capitalised++;
                }
            }
        }
        return words >= 4 && capitalised * 10 >= words * 8;
    }

    private void knownNamesOnly() {
        for (int i = 0; i < n; ) {
            KnownNames.Match m = tokens.get(i).capitalized() ? lex.gazetteer.longest(tx.seq, i, n) : null;
            if (m != null) {
                if (m.entry().type() != null) {
                    addKnown(i, m.end(), m.entry());
                }
                i = m.end();
            } else {
                i++;
            }
        }
    }

    // ---------------------------------------------------------------- output

    private List<EntityMention> mentions() {
        List<EntityMention> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.blocked || c.type == null || c.from >= c.to) {
                continue;
            }
            if (c.type == EntityType.LOCATION && c.strength < Candidate.KNOWN + 1 && modifierOnly(c)) {
                continue;
            }
            int start = tokens.get(c.from).start();
            int end = c.end >= 0 ? c.end : tokens.get(c.to - 1).end();
            double confidence = switch (c.strength) {
                case Candidate.KNOWN -> 0.95;
                case Candidate.STRONG -> 0.8;
                default -> 0.6;
            };
            out.add(new EntityMention(text.substring(start, end), c.type, field, start, end, c.canonical, c.key, confidence));
        }
        return out;
    }

    /** "the Paris accord": a place name used only to name something else. */
    private boolean modifierOnly(Candidate c) {
        Token right = tx.word(c.to);
        return right != null && !right.capitalized() && lex.modifierBlockers.contains(right.lower());
    }
}
