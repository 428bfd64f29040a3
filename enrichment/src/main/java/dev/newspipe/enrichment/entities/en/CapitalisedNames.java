package dev.newspipe.enrichment.entities.en;

import dev.newspipe.contract.EntityType;
import dev.newspipe.enrichment.entities.chain.Annotator;
import dev.newspipe.enrichment.entities.chain.Evidence;
import dev.newspipe.enrichment.entities.chain.Gazetteer;
import dev.newspipe.enrichment.entities.chain.Proposal;

import java.util.List;

/**
 * The capitalised spans of running text as names: each span runs as far as {@link SpanExtent} says, loses the
 * function words, common sentence-initial words and post-nominals at its edges, then is a known name, a title and
 * the name after it ({@link TitleSplit}), or is typed from its own words ({@link SpanTypes}). A span no rule could
 * type is proposed untyped for the refiners. Not in a title-case headline, where capitals say nothing.
 */
final class CapitalisedNames implements Annotator<EnglishText> {

    @Override
    public void propose(EnglishText tx, List<Proposal> out) {
        if (tx.titleCaseHeadline) {
            return;
        }
        SpanExtent extent = new SpanExtent(tx);
        SpanTypes types = new SpanTypes(tx, out);
        TitleSplit titles = new TitleSplit(tx, types, out);
        for (int i = tx.dateline.end(); i < tx.n; ) {
            if (!tx.tokens.get(i).capitalized()) {
                i++;
                continue;
            }
            int end = extent.end(i);
            span(tx, types, titles, out, i, end);
            i = end;
        }
    }

    private static void span(EnglishText tx, SpanTypes types, TitleSplit titles, List<Proposal> out, int a, int b) {
        EnglishLexicon lex = tx.lex;
        List<Token> tokens = tx.tokens;
        Gazetteer.Entry whole = lex.gazetteer.exact(tx.seq, a, b);
        if (whole != null) {
            out.add(Known.proposal(tx, a, b, whole));
            return;
        }
        if (b - a >= 2 && EnglishText.isCompass(tokens.get(a).lower())) {
            Gazetteer.Entry place = lex.gazetteer.exact(tx.seq, a + 1, b);
            if (place != null && place.type() == EntityType.LOCATION) {
                out.add(tx.span(a, b, EntityType.LOCATION, Evidence.COMPOUND)); // "Northern Virginia"
                return;
            }
        }
        boolean afterDrop = false;
        while (a < b) {
            Token t = tokens.get(a);
            KnownNames.Match m = lex.gazetteer.longest(tx.seq, a, b);
            if (m != null) {
                if (m.entry().type() == null && m.end() < b && !hasOrgStructure(tx, a, b)) {
                    a = m.end();
                    afterDrop = true;
                    continue;
                }
                break;
            }
            String w = t.lower();
            if (lex.functionWords.contains(w) || (lex.nonNames.contains(w) && !hasOrgStructure(tx, a, b))) {
                a++;
                afterDrop = true;
                continue;
            }
            if (t.sentenceStart() && !afterDrop && droppableInitial(tx, a, b)) {
                a++;
                continue;
            }
            break;
        }
        boolean local = b - a >= 2 && SpanExtent.unionLocal(tokens, b - 1);
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
        if (a > 0 || b < tx.n) {
            Gazetteer.Entry e = lex.gazetteer.exact(tx.seq, a, b);
            if (e != null) {
                out.add(Known.proposal(tx, a, b, e));
                return;
            }
        }
        if (!titles.split(a, b)) {
            out.add(types.classify(a, b));
        }
    }

    /** A capitalised sentence-initial common word ("Officials", "Striking") is dropped unless it is a name. */
    private static boolean droppableInitial(EnglishText tx, int a, int b) {
        EnglishLexicon lex = tx.lex;
        List<Token> tokens = tx.tokens;
        Token t = tokens.get(a);
        String w = t.lower();
        if (!lex.commonWords.contains(w) || lex.isTitleWord(t) || lex.givenNames.contains(w)
                || tx.capitalisedMidSentence.contains(w) || t.allCaps() || hasOrgStructure(tx, a, b)) {
            return false;
        }
        if (b - a == 1) {
            return true;
        }
        // "Royal Navy", "Federal Reserve": a run of capitalised common words is a name; "Embattled Intel" is not
        Token second = tokens.get(a + 1);
        return !(second.capitalized() && lex.commonWords.contains(second.lower()));
    }

    private static boolean hasOrgStructure(EnglishText tx, int a, int b) {
        List<Token> tokens = tx.tokens;
        if (tx.lex.suffixKeywords.containsKey(tokens.get(b - 1).lower()) && b - a >= 2) {
            return true;
        }
        return tx.headOf(a, b) >= 0;
    }
}
