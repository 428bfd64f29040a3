package dev.newspipe.ingest.service;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.newspipe.contract.ArticleSubmitted;
import dev.newspipe.contract.EventJson;
import dev.newspipe.contract.validation.EventSchema;
import dev.newspipe.contract.validation.Violation;
import dev.newspipe.problem.Problem;
import dev.newspipe.problem.Problem.FieldError;
import dev.newspipe.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a request body into an {@link ArticleSubmitted}, or into a 400 that names every bad field.
 * The body is read by hand rather than bound by Jackson so that wrong types, unknown fields and
 * invalid UTF-8 are reported precisely instead of being coerced or ignored.
 */
@ApplicationScoped
public class SubmissionParser {

    static final Set<String> FIELDS = Set.of("id", "title", "body", "published_at", "source", "url", "author", "language");
    static final int MAX_TITLE = 1_000;
    static final int MAX_SHORT = 500;
    static final int MAX_URL = 2_048;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    /** Publication years outside this range are typing errors, not news. */
    /**
     * An HTML or XML tag, comment or CDATA section. Articles are plain text: the enricher's offsets count
     * characters of the text, and a downstream page that shows a title must never run a script from it.
     * "a < b" and "x<3" are not tags; "<b>", "<br/>", "<svg/onload=…>" and "<script src=…>" are.
     */
    private static final Pattern MARKUP = Pattern.compile("<(?:/?[A-Za-z][A-Za-z0-9:-]*(?:[\\s/][^<>]*)?>|!--|!\\[CDATA\\[)");
    private static final int MIN_YEAR = 1800;
    private static final int MAX_YEARS_AHEAD = 1;

    private static final ObjectMapper STRICT = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build())
                    .build())
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private final ArticleIds ids;
    private final Clock clock;

    public SubmissionParser(ArticleIds ids, Clock clock) {
        this.ids = ids;
        this.clock = clock;
    }

    public ArticleSubmitted parse(byte[] body) {
        JsonNode json = readJson(body);
        if (!json.isObject()) {
            throw invalid("The body must be a JSON object.", List.of());
        }
        List<FieldError> errors = new ArrayList<>();
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                errors.add(new FieldError(name, "unknown field; accepted are " + String.join(", ", FIELDS.stream().sorted().toList())));
            }
        }
        String title = text(json, "title", true, MAX_TITLE, errors);
        String bodyText = text(json, "body", true, Integer.MAX_VALUE, errors);
        String publishedAt = text(json, "published_at", true, 64, errors);
        String source = text(json, "source", false, MAX_SHORT, errors);
        String url = text(json, "url", false, MAX_URL, errors);
        String author = text(json, "author", false, MAX_SHORT, errors);
        String language = text(json, "language", false, 35, errors);
        String id = text(json, "id", false, 128, errors);

        rejectMarkup("title", title, errors);
        rejectMarkup("body", bodyText, errors);
        rejectMarkup("source", source, errors);
        rejectMarkup("author", author, errors);
        if (publishedAt != null) {
            checkPublishedAt(publishedAt, errors);
        }
        Optional<String> urlId = Optional.empty();
        if (url != null && !isHttpUrl(url)) {
            errors.add(new FieldError("url", "must be an absolute http or https URL"));
        } else if (url != null) {
            urlId = ids.fromUrl(url);
            if (urlId.isEmpty()) {
                errors.add(new FieldError("url", "is not a URL an id can be made from (an invalid host name?)"));
            }
        }
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            errors.add(new FieldError("language", "must be a BCP 47 language tag such as ja, en or zh-Hant"));
        }
        if (id != null && !ID.matcher(id).matches()) {
            errors.add(new FieldError("id", "must be 1 to 128 of A-Z a-z 0-9 . _ : - starting with a letter or digit"));
        } else if (id != null && ArticleIds.isReserved(id)) {
            errors.add(new FieldError("id", "must not start with u- or c-: those are the ids ingest makes from a URL "
                    + "or from the content; leave id out to get one"));
        }
        if (!errors.isEmpty()) {
            throw invalid("The article has " + errors.size() + " invalid field(s).", errors);
        }
        String articleId = id != null ? id : urlId.orElseGet(() -> ids.fromContent(title, bodyText, publishedAt));
        ArticleSubmitted article = new ArticleSubmitted(ArticleSubmitted.SCHEMA_VERSION, articleId, title, bodyText,
                publishedAt, source, url, author, language, clock.instant());
        meetsTheContract(article);
        return article;
    }

    /**
     * The checks above are the API's own (clear messages, limits); the topic's JSON Schema is what enrich-service
     * checks each record against, and it would dead-letter what the schema refuses. So what is published is checked
     * against the schema here too, and anything it refuses is a 400 rather than a 202 for an article that would
     * never be stored (a date-time without seconds, which ISO 8601 allows and RFC 3339 does not, say).
     */
    private static void meetsTheContract(ArticleSubmitted article) {
        List<Violation> violations = EventSchema.SUBMITTED.violations(EventJson.MAPPER.valueToTree(article));
        if (!violations.isEmpty()) {
            throw invalid("The article has " + violations.size() + " invalid field(s).", violations.stream()
                    .map(v -> new FieldError(requestField(v.pointer()), v.problem())).toList());
        }
    }

    /** {@code /language_hint} → {@code language}: the request's name of a field of the event. */
    private static String requestField(String pointer) {
        String field = pointer.startsWith("/") ? pointer.substring(1) : pointer;
        return field.equals("language_hint") ? "language" : field;
    }

    private static JsonNode readJson(byte[] body) {
        if (body == null || body.length == 0) {
            throw invalid("The body is empty; send a JSON object.", List.of());
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw invalid("The body is not valid UTF-8.", List.of());
        }
        try {
            JsonNode node = STRICT.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw invalid("The body is empty; send a JSON object.", List.of());
            }
            return node;
        } catch (JacksonException e) {
            throw invalid("The body is not valid JSON: " + e.getOriginalMessage(), List.of());
        } catch (java.io.IOException e) {
            throw invalid("The body cannot be read: " + e.getMessage(), List.of());
        }
    }

    /** A string field: present when required, a JSON string, not blank, not too long, no control characters. */
    private static String text(JsonNode json, String field, boolean required, int maxLength, List<FieldError> errors) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return null;
        }
        if (!node.isTextual()) {
            errors.add(new FieldError(field, "must be a string, not " + node.getNodeType().name().toLowerCase()));
            return null;
        }
        String value = node.textValue();
        if (value.isBlank()) {
            errors.add(new FieldError(field, "must not be blank"));
            return null;
        }
        if (value.length() > maxLength) {
            errors.add(new FieldError(field, "must be at most " + maxLength + " characters, not " + value.length()));
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                errors.add(new FieldError(field, String.format("must not contain the control character U+%04X", (int) c)));
                return null;
            }
        }
        return value;
    }

    private static void rejectMarkup(String field, String value, List<FieldError> errors) {
        if (value == null) {
            return;
        }
        Matcher m = MARKUP.matcher(value);
        if (m.find()) {
            String found = value.substring(m.start(), Math.min(m.end(), m.start() + 40));
            errors.add(new FieldError(field, "must be plain text, not HTML (found \"" + found
                    + "\" at " + m.start() + "); strip the markup before posting"));
        }
    }

    private void checkPublishedAt(String value, List<FieldError> errors) {
        LocalDate date;
        try {
            date = value.length() == 10 ? LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE)
                    : OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toLocalDate();
        } catch (DateTimeException e) {
            errors.add(new FieldError("published_at",
                    "must be an ISO-8601 date (2025-10-28) or date-time with offset (2025-10-28T09:30:00+09:00)"));
            return;
        }
        int latest = LocalDate.now(clock).getYear() + MAX_YEARS_AHEAD;
        if (date.getYear() < MIN_YEAR || date.getYear() > latest) {
            errors.add(new FieldError("published_at", "year must be between " + MIN_YEAR + " and " + latest));
        }
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static ProblemException invalid(String detail, List<FieldError> errors) {
        return new ProblemException(Problem.invalid(detail, errors));
    }
}
