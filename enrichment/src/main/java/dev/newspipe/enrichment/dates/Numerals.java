package dev.newspipe.enrichment.dates;

import dev.newspipe.enrichment.Resources;

import java.util.HashMap;
import java.util.Map;

/**
 * Reads the numbers found inside date expressions: ASCII and full-width digits ("２００７"), positional CJK
 * digits ("二〇〇七") and CJK numerals with units ("二十四", "十二"). The CJK characters come from
 * {@code dates/numerals.tsv}. Immutable.
 */
final class Numerals {

    private final Map<Character, Integer> digits = new HashMap<>();
    private final Map<Character, Integer> units = new HashMap<>();

    Numerals() {
        for (String[] row : Resources.tsv("dates/numerals.tsv")) {
            if (row.length < 3 || row[0].length() != 1) {
                continue;
            }
            int value = Integer.parseInt(row[1].strip());
            (row[2].strip().equals("unit") ? units : digits).put(row[0].charAt(0), value);
        }
    }

    /** The value of {@code s}, or -1 when it is not a number this class can read (or is absurdly long). */
    int parse(String s) {
        if (s == null || s.isEmpty() || s.length() > 9) {
            return -1;
        }
        boolean hasUnit = false;
        for (int i = 0; i < s.length(); i++) {
            if (units.containsKey(s.charAt(i))) {
                hasUnit = true;
                break;
            }
        }
        return hasUnit ? parseWithUnits(s) : parsePositional(s);
    }

    private int parsePositional(String s) {
        int value = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = digitOf(s.charAt(i));
            if (d < 0) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    /** 二十四 = 2*10 + 4, 十二 = 10 + 2, 千九百九十 = 1990. */
    private int parseWithUnits(String s) {
        int total = 0;
        int current = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            Integer unit = units.get(c);
            if (unit != null) {
                total += (current < 0 ? 1 : current) * unit;
                current = -1;
            } else {
                int d = digitOf(c);
                if (d < 0) {
                    return -1;
                }
                current = current < 0 ? d : current * 10 + d;
            }
        }
        return total + Math.max(current, 0);
    }

    private int digitOf(char c) {
        int d = Character.digit(c, 10);
        if (d >= 0) {
            return d;
        }
        Integer k = digits.get(c);
        return k == null ? -1 : k;
    }
}
