package dev.newspipe.store.service;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The period a normalised date value denotes: {@code 2025-11-03} a day, {@code 2025-11} a month,
 * {@code 2025} a year, {@code 199X} a decade, {@code 19XX} a century.
 */
public record DatePeriod(String granularity, LocalDate start, LocalDate end) {

    /** The period of {@code value}, or null when the value is none of the contract's forms. */
    public static DatePeriod of(String value) {
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate day = LocalDate.parse(value);
                return new DatePeriod("day", day, day);
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(value);
                return new DatePeriod("month", month.atDay(1), month.atEndOfMonth());
            }
            if (value.matches("\\d{4}")) {
                int year = Integer.parseInt(value);
                return new DatePeriod("year", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
            if (value.matches("\\d{3}X")) {
                int decade = Integer.parseInt(value.substring(0, 3)) * 10;
                return new DatePeriod("decade", LocalDate.of(decade, 1, 1), LocalDate.of(decade + 9, 12, 31));
            }
            if (value.matches("\\d{2}XX")) {
                int century = Integer.parseInt(value.substring(0, 2)) * 100;
                return new DatePeriod("century", LocalDate.of(century, 1, 1), LocalDate.of(century + 99, 12, 31));
            }
        } catch (RuntimeException e) {
            return null; // 2025-13, say: not a date, so not a row
        }
        return null;
    }
}
