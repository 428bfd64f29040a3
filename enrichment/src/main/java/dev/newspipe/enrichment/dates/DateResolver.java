package dev.newspipe.enrichment.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * Turns the matches of one text, taken in reading order, into normalised values, resolving what is missing
 * against the anchor (the publication date) and against what the text said before (同日, "the same day",
 * a day after an explicit month in the same sentence). One instance per text: it is stateful.
 *
 * <p>Group names a pattern may use (each optional):
 * <pre>
 *  y    4-digit year             y2   2-digit year (25年度, '24)     ky  year in CJK digits (二〇〇七)
 *  era  era name (vocabulary "era": first Gregorian year)  ey  year of the era (6, 六, 元)
 *  ry   relative year word (vocabulary "relyear": offset)  nya  "N years ago" count
 *  fy   fiscal year number (value: the year named)         rfy  relative fiscal year (vocabulary "relfiscal")
 *  m    month number             mn   month name (vocabulary "month")
 *  rm   relative month word (vocabulary "relmonth")        nma  "N months ago" count
 *  mdir last/this/next before a month name or weekday (vocabulary "direction": -1, 0, +1)
 *  d    day number               rd   relative day word (vocabulary "relday")   nda  "N days ago" count
 *  wd   weekday (vocabulary "weekday": 1 = Monday)         rw   relative week word (vocabulary "relweek")
 *  ref  anaphor (vocabulary "anaphor": D+0 same day, D+1 next day, Dmain the story's day, M+0, Y+0, Y+1...)
 *  hol  holiday (vocabulary "holiday": MM-DD, MM/N/DOW for the N-th weekday (N=-1: last), or a list of
 *       YYYY-MM-DD dates for movable feasts)
 *  dec  decade digits (1990, 199 or 90)   c  century ordinal (19 = the 1800s)   rc  relative century word
 * </pre>
 * Values: {@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY}, decade {@code 199X}, century {@code 19XX}.
 */
final class DateResolver {

    /** How far around a bare weekday tense cues are looked for. */
    private static final int TENSE_WINDOW = 300;

    private final DateGrammar grammar;
    private final Vocabulary vocabulary;
    private final Numerals numerals;
    private final String text;
    private final LocalDate anchor;
    private final Boundaries sentences;

    // What the text said before: for anaphors and for parts left out.
    private LocalDate lastDay;
    private LocalDate mainDay;
    private YearMonth lastMonth;
    private Integer lastYear;
    // Within the current sentence: the last explicit month, for a bare day ("8月20日と30日").
    private int monthSentence = -1;
    private YearMonth sentenceMonth;
    // The year stated by the previous tag and where that tag ended: a month or holiday joined to it by a
    // connector ("2011年6月から9月", "今年3月至5月", "from October 2011 to January") takes the same year.
    private int previousEnd = -1;
    private Integer previousYear;

    DateResolver(DateGrammar grammar, Numerals numerals, String text, LocalDate anchor) {
        this.grammar = grammar;
        this.vocabulary = grammar.vocabulary;
        this.numerals = numerals;
        this.text = text;
        this.anchor = anchor;
        this.sentences = new Boundaries(text, grammar.sentenceBoundary);
    }

    /** The value of {@code m}, or null when it does not make a valid date; updates the context. */
    String resolve(DateMatch m) {
        int sentence = sentences.indexOf(m.start());
        String value;
        try {
            value = compute(m, sentence);
        } catch (RuntimeException e) { // an impossible date such as 2月30日: not a date
            value = null;
        }
        if (value != null) {
            previousEnd = m.end();
            previousYear = value.length() >= 4 && Character.isDigit(value.charAt(3)) && statesYear(m)
                    ? Integer.valueOf(value.substring(0, 4)) : null;
        }
        return value;
    }

    /** Whether the match itself names its year (2007年, last year, 昨年, FY2025). */
    private static boolean statesYear(DateMatch m) {
        for (String g : new String[] {"y", "y2", "era", "ry", "fy", "rfy", "rm"}) {
            if (m.has(g)) {
                return true;
            }
        }
        return false;
    }

    /** The year of the previous tag when only a connector ("から", "至", "to", "and") separates the two. */
    private Integer connectedYear(DateMatch m) {
        if (previousYear == null || previousEnd < 0 || previousEnd > m.start() || m.start() - previousEnd > 12) {
            return null;
        }
        return grammar.connector.matcher(text).region(previousEnd, m.start()).matches() ? previousYear : null;
    }

    private String compute(DateMatch m, int sentence) {
        if (m.has("dec")) {
            return decade(m);
        }
        if (m.has("c") || m.has("rc")) {
            return century(m);
        }
        if (m.has("ref")) {
            return anaphor(m);
        }

        Integer year = year(m);
        boolean hasYear = year != null;

        if (m.has("hol")) {
            // "2011年元旦", "昨年の大みそか": the year is tagged on its own and carries over to the holiday
            Integer holidayYear = year != null ? year : connectedYear(m);
            return noteDay(holiday(m.group("hol"), holidayYear), sentence, false);
        }
        if (m.has("rd")) {
            return noteDay(anchor.plusDays(intValue("relday", m.group("rd"))), sentence, false);
        }
        if (m.has("nda")) {
            return noteDay(anchor.minusDays(count(m.group("nda"))), sentence, false);
        }

        Integer month = null;
        if (m.has("m")) {
            month = numerals.parse(m.group("m"));
        } else if (m.has("mn")) {
            month = intValue("month", m.group("mn"));
        }
        if (m.has("rm") || m.has("nma")) {
            YearMonth ym = YearMonth.from(anchor).plusMonths(
                    m.has("rm") ? intValue("relmonth", m.group("rm")) : -count(m.group("nma")));
            year = ym.getYear();
            month = ym.getMonthValue();
            hasYear = true;
        }
        if (month != null && (month < 1 || month > 12)) {
            return null;
        }

        if (m.has("d")) {
            int day = numerals.parse(m.group("d"));
            if (day < 1 || day > 31) {
                return null;
            }
            LocalDate date;
            boolean explicitMonth = month != null;
            if (month == null) {
                if (sentence == monthSentence && sentenceMonth != null) {
                    date = sentenceMonth.atDay(day);
                } else {
                    date = closestDayOfMonth(day);
                }
            } else if (hasYear) {
                date = LocalDate.of(year, month, day);
            } else if (connectedYear(m) != null) {
                date = LocalDate.of(connectedYear(m), month, day);
            } else {
                date = closestMonthDay(month, day);
            }
            if (explicitMonth) {
                monthSentence = sentence;
                sentenceMonth = YearMonth.from(date);
            }
            return noteDay(date, sentence, true);
        }

        if (m.has("wd")) {
            return noteDay(weekday(m), sentence, false);
        }

        if (month != null) {
            YearMonth ym;
            if (hasYear) {
                ym = YearMonth.of(year, month);
            } else if (m.has("mdir")) {
                ym = directedMonth(month, intValue("direction", m.group("mdir")));
            } else if (connectedYear(m) != null) {
                ym = YearMonth.of(connectedYear(m), month);
            } else {
                ym = closestMonth(month);
            }
            lastMonth = ym;
            lastYear = ym.getYear();
            return ym.toString();
        }

        if (hasYear) {
            if (year < 1000 || year > 2199) {
                return null;
            }
            lastYear = year;
            return year4(year);
        }
        return null;
    }

    // ---- parts ----

    private Integer year(DateMatch m) {
        if (m.has("y")) {
            return numerals.parse(m.group("y"));
        }
        if (m.has("ky")) {
            return numerals.parse(m.group("ky"));
        }
        if (m.has("y2")) {
            int v = numerals.parse(m.group("y2"));
            int y = 2000 + v;
            return y > anchor.getYear() + 30 ? y - 100 : y;
        }
        if (m.has("era") && m.has("ey")) {
            return intValue("era", m.group("era")) + numerals.parse(m.group("ey")) - 1;
        }
        if (m.has("fy")) {
            return numerals.parse(m.group("fy"));
        }
        if (m.has("rfy")) {
            int start = vocabulary.setting("fiscal_start_month", 1);
            int fiscal = anchor.getMonthValue() >= start ? anchor.getYear() : anchor.getYear() - 1;
            return fiscal + intValue("relfiscal", m.group("rfy"));
        }
        if (m.has("ry")) {
            return anchor.getYear() + intValue("relyear", m.group("ry"));
        }
        if (m.has("nya")) {
            return anchor.getYear() - count(m.group("nya"));
        }
        return null;
    }

    private String decade(DateMatch m) {
        String digits = m.group("dec");
        int v = numerals.parse(digits);
        if (v < 0) {
            return null;
        }
        int start;
        if (digits.length() >= 3) {
            start = digits.length() == 3 ? v * 10 : v - v % 10;
        } else {
            Integer century = centuryStart(m);
            if (century != null) {
                start = century + v;
            } else {
                // "90年代", "the '90s": the latest century that does not put the decade far in the future
                start = (anchor.getYear() / 100) * 100 + v;
                if (start > anchor.getYear() + 10) {
                    start -= 100;
                }
            }
        }
        if (start % 10 != 0 || start < 1000 || start > 2190) {
            return null;
        }
        lastYear = null;
        return (start / 10) + "X";
    }

    private String century(DateMatch m) {
        Integer start = centuryStart(m);
        if (start == null || start < 0 || start > 2100) {
            return null;
        }
        return String.format("%02dXX", start / 100);
    }

    /** The first year of the century named by {@code c} (ordinal) or {@code rc} (relative word), or null. */
    private Integer centuryStart(DateMatch m) {
        if (m.has("c")) {
            int ordinal = count(m.group("c"));
            return ordinal < 1 ? null : (ordinal - 1) * 100;
        }
        if (m.has("rc")) {
            return (anchor.getYear() / 100 + intValue("relcentury", m.group("rc"))) * 100;
        }
        return null;
    }

    private String anaphor(DateMatch m) {
        String spec = vocabulary.value("anaphor", m.group("ref"));
        if (spec == null || spec.isEmpty()) {
            return null;
        }
        char unit = spec.charAt(0);
        String rest = spec.substring(1);
        int sentence = sentences.indexOf(m.start());
        switch (unit) {
            case 'D' -> {
                LocalDate base = rest.equals("main") ? (mainDay != null ? mainDay : lastDay) : lastDay;
                if (base == null) {
                    return null;
                }
                int offset = rest.equals("main") ? 0 : Integer.parseInt(rest.replace("+", ""));
                return noteDay(base.plusDays(offset), sentence, false);
            }
            case 'M' -> {
                YearMonth base = lastMonth != null ? lastMonth : (lastDay != null ? YearMonth.from(lastDay) : null);
                if (base == null) {
                    return null;
                }
                YearMonth ym = base.plusMonths(Integer.parseInt(rest.replace("+", "")));
                lastMonth = ym;
                return ym.toString();
            }
            case 'Y' -> {
                Integer base = lastYear != null ? lastYear : (lastDay != null ? lastDay.getYear() : null);
                if (base == null) {
                    return null;
                }
                int y = base + Integer.parseInt(rest.replace("+", ""));
                lastYear = y;
                return year4(y);
            }
            default -> {
                return null;
            }
        }
    }

    private LocalDate holiday(String name, Integer year) {
        String rule = vocabulary.value("holiday", name);
        if (rule == null) {
            return null;
        }
        if (rule.contains(",") || rule.length() == 10) { // a list of dates of a movable feast
            LocalDate best = null;
            for (String d : rule.split(",")) {
                LocalDate date = LocalDate.parse(d.strip());
                if (year != null ? date.getYear() == year
                        : best == null || distance(date) < distance(best)) {
                    best = date;
                }
            }
            return best;
        }
        if (year != null) {
            return holidayIn(rule, year);
        }
        LocalDate best = null;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            LocalDate date = holidayIn(rule, y);
            if (best == null || distance(date) < distance(best)) {
                best = date;
            }
        }
        return best;
    }

    private static LocalDate holidayIn(String rule, int year) {
        if (rule.contains("/")) { // MM/N/DOW: N-th (or last, N = -1) weekday of the month
            String[] p = rule.split("/");
            int month = Integer.parseInt(p[0]);
            int n = Integer.parseInt(p[1]);
            DayOfWeek dow = DayOfWeek.of(Integer.parseInt(p[2]));
            LocalDate first = LocalDate.of(year, month, 1);
            return n < 0 ? first.with(TemporalAdjusters.lastInMonth(dow))
                    : first.with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
        }
        String[] p = rule.split("-");
        return LocalDate.of(year, Integer.parseInt(p[0]), Integer.parseInt(p[1]));
    }

    private LocalDate weekday(DateMatch m) {
        DayOfWeek dow = DayOfWeek.of(intValue("weekday", m.group("wd")));
        if (m.has("rw")) { // 先週月曜日, 上周五: the weekday of a week counted from the anchor's (Monday-based)
            LocalDate monday = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .plusWeeks(intValue("relweek", m.group("rw")));
            return monday.plusDays(dow.getValue() - 1L);
        }
        if (m.has("mdir")) {
            int dir = intValue("direction", m.group("mdir"));
            if (dir < 0) {
                return anchor.with(TemporalAdjusters.previous(dow));
            }
            if (dir > 0) {
                return anchor.with(TemporalAdjusters.next(dow));
            }
            LocalDate monday = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return monday.plusDays(dow.getValue() - 1L);
        }
        if (anchor.getDayOfWeek() == dow) { // news: "said on Tuesday" in Tuesday's paper is the same day
            return anchor;
        }
        // The sentence around the weekday, but never more than TENSE_WINDOW characters either side: a text
        // without sentence ends (junk, tables) must not make each weekday scan all of it.
        int s = sentences.indexOf(m.start());
        int sStart = Math.max(sentences.startOf(s), m.start() - TENSE_WINDOW);
        int sEnd = Math.min(sentences.endOf(s), m.end() + TENSE_WINDOW);
        Boundaries clauses = new Boundaries(text, grammar.clauseBoundary, sStart, sEnd);
        int c = clauses.indexOf(m.start());
        TenseCues.Direction dir = grammar.tense.guess(text, m.start(), m.end(),
                clauses.startOf(c), clauses.endOf(c), sStart, sEnd);
        return dir == TenseCues.Direction.PAST ? anchor.with(TemporalAdjusters.previous(dow))
                : anchor.with(TemporalAdjusters.next(dow));
    }

    // ---- choosing the missing year or month ----

    /** 28日: the 28th of the month before, of, or after the anchor's, whichever is nearest to it. */
    private LocalDate closestDayOfMonth(int day) {
        YearMonth here = YearMonth.from(anchor);
        return closestDay(List.of(here.minusMonths(1), here, here.plusMonths(1)), day);
    }

    /** 10月26日: that day in the year before, of, or after the anchor's, whichever is nearest to it. */
    private LocalDate closestMonthDay(int month, int day) {
        int year = anchor.getYear();
        return closestDay(List.of(YearMonth.of(year - 1, month), YearMonth.of(year, month),
                YearMonth.of(year + 1, month)), day);
    }

    private LocalDate closestDay(List<YearMonth> months, int day) {
        LocalDate best = null;
        for (YearMonth ym : months) {
            if (day > ym.lengthOfMonth()) {
                continue;
            }
            LocalDate date = ym.atDay(day);
            if (best == null || distance(date) < distance(best)) {
                best = date;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("no such day");
        }
        return best;
    }

    private YearMonth closestMonth(int month) {
        YearMonth here = YearMonth.from(anchor);
        YearMonth best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            YearMonth ym = YearMonth.of(y, month);
            long d = Math.abs(ChronoUnit.MONTHS.between(here, ym));
            if (d < bestDistance) { // on a tie (six months either way) the earlier one: news mostly looks back
                best = ym;
                bestDistance = d;
            }
        }
        return best;
    }

    /** "last October": the latest one before this month; "next March": the first one after; "this": this year's. */
    private YearMonth directedMonth(int month, int direction) {
        int y = anchor.getYear();
        int here = anchor.getMonthValue();
        if (direction < 0) {
            return YearMonth.of(month < here ? y : y - 1, month);
        }
        if (direction > 0) {
            return YearMonth.of(month > here ? y : y + 1, month);
        }
        return YearMonth.of(y, month);
    }

    private long distance(LocalDate date) {
        return Math.abs(ChronoUnit.DAYS.between(anchor, date));
    }

    // ---- helpers ----

    private static String year4(int year) {
        String s = Integer.toString(year);
        return s.length() >= 4 ? s : "0".repeat(4 - s.length()) + s;
    }

    private String noteDay(LocalDate date, int sentence, boolean keepSentence) {
        if (date == null) {
            return null;
        }
        lastDay = date;
        if (mainDay == null) {
            mainDay = date;
        }
        lastMonth = YearMonth.from(date);
        lastYear = date.getYear();
        return date.toString();
    }

    private int intValue(String category, String word) {
        String v = vocabulary.value(category, word);
        if (v == null) {
            throw new IllegalArgumentException("no " + category + " " + word);
        }
        return Integer.parseInt(v.replace("+", ""));
    }

    /** A count written in digits, CJK numerals or words ("two years ago": vocabulary "number"). */
    private int count(String s) {
        int v = numerals.parse(s);
        if (v >= 0) {
            return v;
        }
        String word = vocabulary.value("number", s);
        if (word == null) {
            throw new IllegalArgumentException("not a number: " + s);
        }
        return Integer.parseInt(word);
    }
}
