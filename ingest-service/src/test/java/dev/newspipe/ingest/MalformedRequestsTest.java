package dev.newspipe.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newspipe.contract.EventJson;
import dev.newspipe.contract.Topics;
import dev.newspipe.infra.QuarkusInfraResource;
import dev.newspipe.infra.TestCredentials;
import dev.newspipe.infra.TopicProbe;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.common.http.TestHTTPResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Over a thousand generated malformed requests, of every kind a careless or hostile client sends: each gets
 * a 4xx problem+json, the service stays healthy, and nothing reaches the topic. The cases are generated from
 * a fixed seed, so a failure names a request that can be replayed.
 */
@QuarkusTest
@WithTestResource(value = QuarkusInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "postgres", value = "true"))
class MalformedRequestsTest {

    /** A valid article; every case below breaks it in one way. */
    private static final String VALID = """
            {"title":"Markets steady as talks resume","body":"Stocks held their gains on Tuesday.",
             "published_at":"2025-10-28","source":"Wire","url":"https://example.com/a/1","author":"A. Writer",
             "language":"en","id":"fuzz-valid-1"}""";
    private static final List<String> FIELDS =
            List.of("title", "body", "published_at", "source", "url", "author", "language", "id");
    private static final List<String> PLAIN_TEXT_FIELDS = List.of("title", "body", "source", "author");

    record Case(String name, String contentType, byte[] body) {
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @TestHTTPResource("/articles")
    URI articles;

    @ConfigProperty(name = TestCredentials.PUBLISHER_KEY)
    String publisherKey;

    /** Plain java.net.http: the bytes go out exactly as generated, whatever their declared type. */
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyMalformedRequestIsA4xxProblemAndNothingIsPublished() throws Exception {
        List<Case> cases = cases();
        assertTrue(cases.size() >= 1_000, "only " + cases.size() + " cases");

        TopicProbe probe = new TopicProbe(bootstrap);
        assertEquals(202, post("application/json", VALID.getBytes(StandardCharsets.UTF_8)).statusCode()); // topic exists
        long before = probe.recordCount(Topics.SUBMITTED);

        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            HttpResponse<String> response = post(c.contentType(), c.body());
            int status = response.statusCode();
            String type = response.headers().firstValue("Content-Type").orElse("");
            boolean problem = type.startsWith("application/problem+json")
                    && EventJson.MAPPER.readTree(response.body()).path("status").asInt() == status;
            if (status < 400 || status >= 500 || !problem) {
                wrong.add(c.name() + " -> " + status + " " + type + " " + abbreviate(response.body()));
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + cases.size() + " malformed requests were not a 4xx "
                + "problem: " + wrong.subList(0, Math.min(20, wrong.size())));

        assertEquals(before, probe.recordCount(Topics.SUBMITTED), "a rejected request reached the topic");
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
        assertEquals(202, post("application/json",
                VALID.replace("fuzz-valid-1", "fuzz-valid-2").getBytes(StandardCharsets.UTF_8)).statusCode());
    }

    /** The markup check must not turn away text that merely uses angle brackets. */
    @Test
    void angleBracketsInPlainTextAreNotMarkup() throws Exception {
        ObjectNode article = article();
        article.put("id", "fuzz-plain-angles");
        article.put("title", "Inflation < 2% for a year; core > 3% <- analysts");
        article.put("body", "If x<3 and y > 4, then a <= b. <3 to all. I<->O. 《人民日报》〈論説〉");
        HttpResponse<String> response = post("application/json", article.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(202, response.statusCode(), response.body());
    }

    private HttpResponse<String> post(String contentType, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(articles).header("Content-Type", contentType)
                .header("Authorization", "ApiKey " + publisherKey)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        Random random = new Random(20251028);
        byte[] valid = VALID.getBytes(StandardCharsets.UTF_8);

        // Invalid JSON: the valid article cut short at every byte, and with stray characters inserted.
        for (int end = 1; end < valid.length - 1; end++) {
            cases.add(json("truncated at " + end, java.util.Arrays.copyOf(valid, end)));
        }
        List<Integer> structural = structuralPositions(VALID); // after a , : or { outside strings
        for (String junk : List.of("{", "}", "]", ",", ":", "\"", "'", "NaN", "undefined", "//", "/*")) {
            for (int k = 0; k < 5; k++) {
                int at = structural.get(random.nextInt(structural.size()));
                cases.add(json("'" + junk + "' inserted at " + at, (VALID.substring(0, at) + junk + VALID.substring(at))
                        .getBytes(StandardCharsets.UTF_8)));
            }
        }
        for (String notAnObject : List.of("[]", "[1,2]", "\"article\"", "42", "true", "null", " ", "")) {
            cases.add(json("not an object: " + notAnObject, notAnObject.getBytes(StandardCharsets.UTF_8)));
        }

        // Wrong types, missing and blank fields.
        List<String> wrongValues = List.of("42", "-1", "3.14", "1e400", "true", "false", "[]", "[\"a\"]", "{}",
                "{\"a\":1}");
        for (String field : FIELDS) {
            for (String value : wrongValues) {
                cases.add(with("wrong type " + field + "=" + value, field, value));
            }
            cases.add(with("blank " + field, field, "\"\""));
            cases.add(with("spaces " + field, field, "\"   \""));
        }
        for (int mask = 1; mask < 8; mask++) {
            ObjectNode article = article();
            if ((mask & 1) != 0) article.remove("title");
            if ((mask & 2) != 0) article.remove("body");
            if ((mask & 4) != 0) article.put("published_at", (String) null);
            cases.add(json("missing required, mask " + mask, article));
        }
        for (int k = 0; k < 20; k++) {
            ObjectNode article = article();
            article.put("extra_" + Integer.toString(random.nextInt(1 << 20), 36), "x");
            cases.add(json("unknown field " + k, article));
        }

        // Control characters (NUL included) in every field.
        for (String field : FIELDS) {
            for (int c = 0; c <= 0x9F; c++) {
                boolean control = c < 0x20 || c >= 0x7F;
                if (!control || c == '\t' || c == '\n' || c == '\r') {
                    continue;
                }
                ObjectNode article = article();
                String value = article.get(field).asText();
                article.put(field, value.substring(0, 1) + (char) c + value.substring(1));
                cases.add(json(String.format("U+%04X in %s", c, field), article));
            }
        }

        // Absurd dates.
        int next = Year.now().getValue() + 2;
        for (String date : List.of("yesterday", "0000-00-00", "2025-00-10", "2025-13-01", "2025-02-30", "2025-04-31",
                "99999-01-01", "-2025-10-28", "1799-12-31", next + "-01-01", "2025-10-28T25:00:00Z",
                "2025-10-28T09:61:00Z", "2025-10-28T09:30:00+25:00", "28/10/2025", "2025/10/28", "10-28-2025",
                "2025-10-28 junk", "20251028", "2025-1-2", "١٠-١٠-٢٠٢٥", "２０２５-１０-２８", "NaN", "Infinity",
                "2025-10-28T09:30:00+09:00[Asia/Tokyo]x", "P1D")) {
            cases.add(with("published_at " + date, "published_at", EventJson.MAPPER.valueToTree(date).toString()));
        }

        // URLs, language tags and ids of the wrong shape.
        for (String url : List.of("ftp://example.com/x", "javascript:alert(1)", "/relative/path", "http://",
                "https:// spaces .com", "example.com/no-scheme", "file:///etc/passwd", "data:text/html,<b>x</b>",
                "mailto:a@example.com", "http://[::1")) {
            cases.add(with("url " + url, "url", EventJson.MAPPER.valueToTree(url).toString()));
        }
        for (String language : List.of("Japanese", "j", "ja_JP", "12", "ja-", "-ja", "ja--JP", "日本語", "e n",
                "toolonglanguage")) {
            cases.add(with("language " + language, "language", EventJson.MAPPER.valueToTree(language).toString()));
        }
        for (String id : List.of("has space", "-leading-dash", "slash/inside", "x".repeat(129), "ünïcode", "semi;colon",
                "quote\"d", "<id>", "a?b", "#hash", "u-0123456789abcdef0123456789abcdef", "c-mine")) {
            cases.add(with("id " + id, "id", EventJson.MAPPER.valueToTree(id).toString()));
        }

        // HTML and script in the plain-text fields.
        for (String field : PLAIN_TEXT_FIELDS) {
            for (String markup : List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
                    "<iframe src=\"https://evil.example\"></iframe>", "<b>bold</b>", "<a href=\"/x\">link</a>",
                    "<!-- comment -->", "<![CDATA[x]]>", "<svg/onload=alert(1)>", "</p>", "<br/>")) {
                ObjectNode article = article();
                article.put(field, article.get(field).asText() + " " + markup);
                cases.add(json("markup in " + field + ": " + markup, article));
            }
        }

        // Too long: a 100,000-character title, oversized short fields, a body over the 1 MiB limit.
        for (int length : List.of(1_001, 5_000, 100_000)) {
            ObjectNode article = article();
            article.put("title", "t".repeat(length));
            cases.add(json("title of " + length, article));
        }
        for (String field : List.of("source", "author")) {
            ObjectNode article = article();
            article.put(field, "s".repeat(501));
            cases.add(json(field + " of 501", article));
        }
        for (int size : List.of(1_048_577, 2 * 1_048_576, 5 * 1_048_576)) {
            ObjectNode article = article();
            article.put("body", "b".repeat(size));
            cases.add(json("body of " + size + " chars", article));
        }

        // Deeply nested JSON, at the top and inside a field.
        for (int depth = 33; depth <= 2_000; depth += 40) {
            cases.add(json("array nesting " + depth, ("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.UTF_8)));
            cases.add(json("object nesting " + depth,
                    ("{\"a\":".repeat(depth) + "1" + "}".repeat(depth)).getBytes(StandardCharsets.UTF_8)));
            cases.add(with("nesting " + depth + " in title", "title", "[".repeat(depth) + "]".repeat(depth)));
        }

        // Invalid UTF-8 inside the JSON text.
        List<byte[]> invalidSequences = List.of(new byte[]{(byte) 0xC3, 0x28}, new byte[]{(byte) 0xA0, (byte) 0xA1},
                new byte[]{(byte) 0xE2, 0x28, (byte) 0xA1}, new byte[]{(byte) 0xF0, 0x28, (byte) 0x8C, 0x28},
                new byte[]{(byte) 0xFF}, new byte[]{(byte) 0xFE}, new byte[]{(byte) 0xC0, (byte) 0x80},
                new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[]{(byte) 0xF8, (byte) 0x88, (byte) 0x80,
                        (byte) 0x80, (byte) 0x80}, new byte[]{(byte) 0x80});
        int titleAt = VALID.indexOf("Markets") + 3;
        for (byte[] sequence : invalidSequences) {
            for (int k = 0; k < 8; k++) {
                int at = k == 0 ? titleAt : 1 + random.nextInt(valid.length - 2);
                byte[] body = new byte[valid.length + sequence.length];
                System.arraycopy(valid, 0, body, 0, at);
                System.arraycopy(sequence, 0, body, at, sequence.length);
                System.arraycopy(valid, at, body, at + sequence.length, valid.length - at);
                cases.add(json("invalid UTF-8 " + java.util.HexFormat.of().formatHex(sequence) + " at " + at, body));
            }
        }

        // Not JSON at all, or not declared as JSON.
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/octet-stream", "text/html")) {
            cases.add(new Case("content type " + type, type, valid));
        }
        return cases;
    }

    /** Offsets just after a comma, colon or opening brace that are not inside a string. */
    private static List<Integer> structuralPositions(String json) {
        List<Integer> positions = new ArrayList<>();
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == ',' || c == ':' || c == '{') {
                positions.add(i + 1);
            }
        }
        return positions;
    }

    private static ObjectNode article() {
        try {
            return (ObjectNode) EventJson.MAPPER.readTree(VALID);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The valid article with {@code field} set to the raw JSON {@code value}. */
    private static Case with(String name, String field, String rawValue) {
        String marker = "\"__value__\"";
        ObjectNode article = article();
        article.put(field, "__value__");
        return json(name, article.toString().replace(marker, rawValue).getBytes(StandardCharsets.UTF_8));
    }

    private static Case json(String name, JsonNode article) {
        return json(name, article.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static Case json(String name, byte[] body) {
        return new Case(name, "application/json", body);
    }
}
