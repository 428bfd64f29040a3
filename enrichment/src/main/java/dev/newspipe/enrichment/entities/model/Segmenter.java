package dev.newspipe.enrichment.entities.model;

/** Cuts a folded text into the units a language's model labels. Implementations are thread-safe. */
interface Segmenter {

    void segment(Units units);

    static Segmenter forLanguage(String language) {
        return switch (language) {
            case "ja" -> new JapaneseSegmenter();
            case "zh" -> new ChineseSegmenter();
            case "en" -> new EnglishSegmenter();
            default -> throw new IllegalArgumentException("No name model for language " + language);
        };
    }

    /** Units for what no word segmenter covers: runs of Latin letters and digits, and single other chars. */
    static int latinOrSymbol(Units u, int from, int limit) {
        String t = u.text;
        char c = t.charAt(from);
        if (Character.isWhitespace(c)) {
            return from + 1;
        }
        if (isAlnum(c)) {
            int to = from + 1;
            while (to < limit && (isAlnum(t.charAt(to))
                    || (to + 1 < limit && (t.charAt(to) == '.' || t.charAt(to) == '-' || t.charAt(to) == '\'' || t.charAt(to) == '&')
                        && isAlnum(t.charAt(to + 1))))) {
                to++;
            }
            u.add(from, to, "LATIN");
            return to;
        }
        u.add(from, from + 1, "SYM");
        return from + 1;
    }

    static boolean isAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || (c > 127 && Character.isLetterOrDigit(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }
}
