package dev.newspipe.enrichment.entities.ja;

/** Which writing system characters belong to: names are told apart from common words partly by script. */
final class Scripts {

    private Scripts() {
    }

    static boolean isKatakana(char c) {
        return (c >= '\u30A1' && c <= '\u30FA') || c == '\u30FC' || (c >= '\u31F0' && c <= '\u31FF')
                || (c >= '\uFF66' && c <= '\uFF9F');
    }

    static boolean isHiragana(char c) {
        return c >= '\u3041' && c <= '\u309F';
    }

    static boolean isKanji(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || c == '\u3005' || c == '\u30F6';
    }

    /** ASCII or full-width Latin letters. */
    static boolean isLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '\uFF21' && c <= '\uFF3A')
                || (c >= '\uFF41' && c <= '\uFF5A');
    }

    static boolean isUpperLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '\uFF21' && c <= '\uFF3A');
    }

    static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '\uFF10' && c <= '\uFF19');
    }

    /** The middle dot, equals signs and ノ that join the parts of a foreign or kanji name. */
    static boolean isNameJoiner(char c) {
        return c == '・' || c == '＝' || c == '=' || c == '･';
    }

    static boolean allKatakana(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isKatakana(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Katakana words joined by middle dots (ユン・ソンニョル), as foreign names are written. */
    static boolean isKatakanaName(String s) {
        if (s.isEmpty() || isNameJoiner(s.charAt(0)) || isNameJoiner(s.charAt(s.length() - 1))) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isKatakana(c) && !isNameJoiner(c)) {
                return false;
            }
        }
        return true;
    }

    static boolean allKanji(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isKanji(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean hasLatin(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isLatin(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** An acronym such as ＯＥＣＤ, IMF or JR東日本: upper-case Latin (full or half width), digits, optional trailing kana/kanji. */
    static boolean isAcronymLike(String s) {
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isUpperLatin(c)) {
                upper++;
            } else if (!isDigit(c) && !isKanji(c) && !isKatakana(c) && c != '&' && c != '＆' && c != '-' && c != '－') {
                return false;
            }
        }
        return upper >= 2;
    }
}
