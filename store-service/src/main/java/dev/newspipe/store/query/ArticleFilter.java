package dev.newspipe.store.query;

import dev.newspipe.problem.Problem;
import dev.newspipe.problem.Problem.FieldError;
import dev.newspipe.problem.ProblemException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The filters of {@code GET /articles}, validated: every bad parameter is named in one 400.
 *
 * @param text       full text, matched as a substring of title or body (any script: no word splitting needed)
 * @param entity     an entity's canonical name, key or any surface form of it
 * @param entityType PERSON, ORGANIZATION or LOCATION, narrowing {@code entity}
 * @param topic      an IPTC qcode at any level: its descendants match too
 */
public record ArticleFilter(String text, String entity, String entityType, String topic, String language,
        String source, OffsetDateTime publishedFrom, OffsetDateTime publishedTo, LocalDate dateFrom, LocalDate dateTo,
        String entityKey) {

    /** Articles that mention the entity with this language-independent key. */
    public static ArticleFilter byEntityKey(String key) {
        return new ArticleFilter(null, null, null, null, null, null, null, null, null, null, key);
    }

    private static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION");

    public static ArticleFilter parse(String q, String entity, String entityType, String topic, String language,
            String source, String publishedFrom, String publishedTo, String dateFrom, String dateTo) {
        List<FieldError> errors = new ArrayList<>();
        String text = blankToNull(q);
        if (text != null && text.length() < 2) {
            errors.add(new FieldError("q", "must be at least 2 characters"));
        }
        String type = blankToNull(entityType);
        if (type != null) {
            type = type.toUpperCase(Locale.ROOT);
            if (!TYPES.contains(type)) {
                errors.add(new FieldError("entity_type", "must be PERSON, ORGANIZATION or LOCATION"));
            }
        }
        String topicCode = blankToNull(topic);
        if (topicCode != null && !topicCode.startsWith("medtop:")) {
            topicCode = "medtop:" + topicCode;
        }
        if (topicCode != null && !topicCode.matches("medtop:\\d{8}")) {
            errors.add(new FieldError("topic", "must be an IPTC Media Topic qcode such as medtop:04000000"));
        }
        String lang = blankToNull(language);
        if (lang != null && !lang.matches("[a-z]{2,3}")) {
            errors.add(new FieldError("language", "must be an ISO 639 code such as ja, en or zh"));
        }
        OffsetDateTime from = instant("published_from", publishedFrom, false, errors);
        OffsetDateTime to = instant("published_to", publishedTo, true, errors);
        LocalDate mentionedFrom = date("date_from", dateFrom, errors);
        LocalDate mentionedTo = date("date_to", dateTo, errors);
        if (from != null && to != null && from.isAfter(to)) {
            errors.add(new FieldError("published_to", "must not be before published_from"));
        }
        if (mentionedFrom != null && mentionedTo != null && mentionedFrom.isAfter(mentionedTo)) {
            errors.add(new FieldError("date_to", "must not be before date_from"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalid("Invalid query parameter(s).", errors));
        }
        return new ArticleFilter(text, blankToNull(entity), type, topicCode, lang, blankToNull(source), from, to,
                mentionedFrom, mentionedTo, null);
    }

    /** A date-time, or a date meaning its first (or, for an upper bound, last) instant in UTC. */
    private static OffsetDateTime instant(String name, String value, boolean endOfDay, List<FieldError> errors) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return endOfDay ? day.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC).minusNanos(1000)
                        : day.atStartOfDay().atOffset(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(v);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "must be an ISO-8601 date or date-time with offset"));
            return null;
        }
    }

    private static LocalDate date(String name, String value, List<FieldError> errors) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "must be an ISO-8601 date such as 2025-11-01"));
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Whether the filter names an entity, to be resolved to its ids before {@link #where(List)}. */
    boolean namesEntity() {
        return entity != null || entityKey != null;
    }

    /**
     * {@code where} conditions on {@code articles a}; always a valid boolean expression.
     *
     * @param entityIds the ids of the entity this filter names ({@link #namesEntity()}), else null
     */
    SqlBuilder where(List<Long> entityIds) {
        SqlBuilder where = new SqlBuilder().append(" true"); // leading space: callers end in "where"
        if (text != null) {
            String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.append(" and (a.title ilike ? or a.body ilike ?)", pattern, pattern);
        }
        if (entityIds != null) {
            // The entity was resolved to its ids first (see EntityDirectory#resolve): a literal list lets the
            // planner use the statistics of article_entities instead of guessing at a nested subquery.
            where.append(" and a.id in (select ae.article_id from article_entities ae where ae.entity_id = any(?))",
                    (Object) entityIds.toArray(Long[]::new));
        } else if (entityType != null) {
            where.append(" and exists (select 1 from article_entities ae join entities e on e.id = ae.entity_id"
                    + " where ae.article_id = a.id and e.type = ?)", entityType);
        }
        if (topic != null) {
            where.append(" and exists (select 1 from article_topics at join topic_ancestors ta on ta.code = at.code"
                    + " where at.article_id = a.id and ta.ancestor = ?)", topic);
        }
        if (language != null) {
            where.append(" and a.language = ?", language);
        }
        if (source != null) {
            where.append(" and a.source = ?", source);
        }
        if (publishedFrom != null) {
            where.append(" and a.published_at >= ?", publishedFrom);
        }
        if (publishedTo != null) {
            where.append(" and a.published_at <= ?", publishedTo);
        }
        if (dateFrom != null || dateTo != null) {
            where.append(" and exists (select 1 from article_dates d where d.article_id = a.id");
            if (dateTo != null) {
                where.append(" and d.period_start <= ?", dateTo);
            }
            if (dateFrom != null) {
                where.append(" and d.period_end >= ?", dateFrom);
            }
            where.append(")");
        }
        return where;
    }
}
