package dev.newspipe.enrichment.entities.en;

import dev.newspipe.contract.EntityType;
import dev.newspipe.enrichment.entities.chain.Evidence;
import dev.newspipe.enrichment.entities.chain.Gazetteer;
import dev.newspipe.enrichment.entities.chain.Proposal;

import java.util.List;
import java.util.Set;

/**
 * "Defense Secretary Lloyd Austin", "ECB President Christine Lagarde": a title inside a capitalised span goes; the
 * name after it is a person, and what stands before it ("ECB", "U.S.") is a name of its own. One per field.
 */
final class TitleSplit {

    private final EnglishText tx;
    private final EnglishLexicon lex;
    private final List<Token> tokens;
    private final int n;
    private final SpanTypes types;
    private final List<Proposal> out;

    TitleSplit(EnglishText tx, SpanTypes types, List<Proposal> out) {
        this.tx = tx;
        this.lex = tx.lex;
        this.tokens = tx.tokens;
        this.n = tx.n;
        this.types = types;
        this.out = out;
    }

    /**
     * "Defense Secretary Lloyd Austin", "ECB President Christine Lagarde": the title goes, the name after it is a
     * person, and what came before the title ("ECB") is a name of its own. Returns false when there is no title.
     */
    boolean split(int a, int b) {
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
                out.add(Known.proposal(tx, k, m.end(), m.entry()));
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
            if (lex.suffixKeywords.containsKey(last) || lex.blockingSuffixes.contains(last) || tx.headOf(nameStart, b) >= 0) {
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
                out.add(Known.proposal(tx, nameStart, b, e));
            } else {
                out.add(tx.span(nameStart, b, EntityType.PERSON, Evidence.TITLE));
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
            out.add(Known.proposal(tx, a, b, e));
            return;
        }
        Proposal c = types.classify(a, b);
        if (c.type() != null && c.type() != EntityType.PERSON) {
            out.add(c);
        } else if (c.type() != null || Spans.isUnknown(c)) {
            out.add(types.unknown(a, b)); // context and the rest of the text may still type it
        }
    }

    private static final Set<String> PORTFOLIOS_NAMED_LIKE_PARTIES = Set.of("labour", "labor");
    private static final Set<String> MINISTER_WORDS = Set.of("minister", "secretary", "ministry", "department", "commissioner");
}
