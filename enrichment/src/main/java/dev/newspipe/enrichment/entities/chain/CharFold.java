package dev.newspipe.enrichment.entities.chain;

/**
 * A one-char-for-one-char fold of text for dictionary look-ups, so that an offset into the folded text is the
 * same offset into the original. Each language's analysed field folds its text once; its gazetteer folds its
 * entries the same way.
 */
@FunctionalInterface
public interface CharFold {

    /** Full-width ASCII to ASCII, the ideographic space to a space, Latin upper case to lower (ＯＥＣＤ = OECD = oecd). */
    CharFold LATIN = c -> {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c = (char) (c - 0xFEE0);
        } else if (c == '\u3000') {
            c = ' ';
        }
        return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
    };

    char fold(char c);

    default String fold(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = fold(chars[i]);
        }
        return new String(chars);
    }
}
