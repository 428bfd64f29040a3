package dev.newspipe.store.query;

import dev.newspipe.problem.Problem;
import dev.newspipe.problem.Problem.FieldError;
import dev.newspipe.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

/**
 * A keyset position in the (published_at desc, id desc) order: the last article of a page. Opaque to
 * clients (base64url), so that it can change form without breaking them.
 */
public record Cursor(OffsetDateTime publishedAt, String id) {

    public String encode() {
        Instant t = publishedAt.toInstant();
        String raw = t.getEpochSecond() + "." + t.getNano() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent back, or null for the first page. */
    public static Cursor decode(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(value.strip()), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            String[] time = raw.substring(0, bar).split("\\.");
            Instant instant = Instant.ofEpochSecond(Long.parseLong(time[0]), Long.parseLong(time[1]));
            return new Cursor(instant.atOffset(ZoneOffset.UTC), raw.substring(bar + 1));
        } catch (RuntimeException e) {
            throw new ProblemException(Problem.invalid("Invalid query parameter(s).",
                    List.of(new FieldError("cursor", "is not a cursor this API returned (use next_cursor as given)"))));
        }
    }
}
