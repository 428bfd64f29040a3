package dev.newspipe.contract.validation;

import dev.newspipe.contract.ArticleEnriched;
import dev.newspipe.contract.DateTag;
import dev.newspipe.contract.EntityTag;
import dev.newspipe.contract.Mention;
import dev.newspipe.contract.TextField;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the enriched topic's JSON Schema cannot say about a tag's span: {@code start < end <=} the UTF-16 length of
 * its field's text, and the tag's {@code text} is exactly that stretch of it ({@code substring(start, end)}). The
 * store keeps the offsets for highlighting and the mention texts for search, so a span that points elsewhere is
 * as broken as a missing field. Run after the schema (which has already made {@code start} and {@code end} integers
 * of at least 0 and {@code field} title or body).
 */
public final class TextSpans {

    private TextSpans() {
    }

    public static List<Violation> violations(ArticleEnriched article) {
        List<Violation> found = new ArrayList<>();
        List<EntityTag> entities = article.entities();
        for (int e = 0; e < entities.size(); e++) {
            List<Mention> mentions = entities.get(e).mentions();
            for (int m = 0; m < mentions.size(); m++) {
                Mention mention = mentions.get(m);
                check(article, "/entities/" + e + "/mentions/" + m, mention.text(), mention.field(), mention.start(),
                        mention.end(), found);
            }
        }
        List<DateTag> dates = article.dates();
        for (int d = 0; d < dates.size(); d++) {
            DateTag date = dates.get(d);
            check(article, "/dates/" + d, date.text(), date.field(), date.start(), date.end(), found);
        }
        return found;
    }

    private static void check(ArticleEnriched article, String at, String text, TextField field, int start, int end,
            List<Violation> found) {
        String whole = field == TextField.TITLE ? article.title() : article.body();
        String name = field.name().toLowerCase(Locale.ROOT);
        if (end > whole.length()) {
            found.add(new Violation(at + "/end", end + " is past the end of the " + name + " (" + whole.length()
                    + " UTF-16 code units)"));
        } else if (start >= end) {
            found.add(new Violation(at + "/start", start + " is not before end " + end));
        } else if (!whole.substring(start, end).equals(text)) {
            found.add(new Violation(at + "/text", "\"" + text + "\" is not the " + name + "'s text from " + start
                    + " to " + end + ", \"" + whole.substring(start, end) + "\""));
        }
    }
}
