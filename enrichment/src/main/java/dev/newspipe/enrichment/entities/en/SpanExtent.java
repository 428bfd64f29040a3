package dev.newspipe.enrichment.entities.en;

import dev.newspipe.contract.EntityType;
import dev.newspipe.enrichment.entities.chain.Gazetteer;

import java.util.List;

/**
 * Where a capitalised span ends: names run over connectors they contain ("Bank of Japan", "Food and Drug
 * Administration", "University of California, Davis", "Teamsters Local 727") and stop at a sentence break that an
 * abbreviation's period hides ("... in the U.S. Officials said"). One per field.
 */
final class SpanExtent {

    private final EnglishText tx;
    private final EnglishLexicon lex;
    private final List<Token> tokens;
    private final int n;

    SpanExtent(EnglishText tx) {
        this.tx = tx;
        this.lex = tx.lex;
        this.tokens = tx.tokens;
        this.n = tx.n;
    }

    /** The end of the capitalised span starting at {@code i}, joining connectors that names contain. */
    int end(int i) {
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
            } else if (unionLocal(tokens, j)) {
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
    static boolean unionLocal(List<Token> tokens, int j) {
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
        return lex.functionWords.contains(w) || (lex.commonWords.contains(w) && !tx.capitalisedMidSentence.contains(w)
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

}
