package dev.newspipe.ingest;

import dev.newspipe.contract.ArticleSubmitted;
import dev.newspipe.contract.Topics;
import dev.newspipe.contract.kafka.ArticleSubmittedDeserializer;
import dev.newspipe.infra.QuarkusInfraResource;
import dev.newspipe.infra.SharedData;
import dev.newspipe.infra.TestCredentials;
import dev.newspipe.infra.TopicProbe;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** POST /articles through the real HTTP stack and a real broker. */
@QuarkusTest
@WithTestResource(value = QuarkusInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "postgres", value = "true"))
class ArticleResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = TestCredentials.PUBLISHER_KEY)
    String publisherKey;

    /** Every request below comes with the publisher key of this test run (IngestAuthenticationTest: without). */
    private RequestSpecification given() {
        return RestAssured.given().header("Authorization", "ApiKey " + publisherKey);
    }

    private Response post(String contentType, byte[] body) {
        return given().contentType(contentType).body(body).when().post("/articles");
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void sampleIsAcceptedAfterTheBrokerHasItAndARetryKeepsItsId() {
        byte[] sample = SharedData.bytes(SharedData.SAMPLE_JA);
        String id = post("application/json", sample).then()
                .statusCode(202)
                .header("Location", matchesPattern("http://localhost:8082/articles/c-[0-9a-f]{32}"))
                .body("id", matchesPattern("c-[0-9a-f]{32}"))
                .extract().path("id");
        String again = post("application/json", sample).then().statusCode(202).extract().path("id");
        assertEquals(id, again, "a retry of the same article keeps its id");

        List<ConsumerRecord<String, String>> records = new TopicProbe(bootstrap)
                .await(Topics.SUBMITTED, r -> id.equals(r.key()), 2, Duration.ofSeconds(20));
        assertEquals(2, records.size(), "both acknowledged posts are on the topic, keyed by id");
        ArticleSubmitted event = new ArticleSubmittedDeserializer()
                .deserialize(Topics.SUBMITTED, records.get(0).value().getBytes(StandardCharsets.UTF_8));
        assertEquals(id, event.id());
        assertEquals("トランプ・習会談を前に、米中両国は脆弱な休戦状態へ", event.title());
        assertEquals("2025-10-28", event.publishedAt());
        assertEquals("Jeff Pao", event.author());
    }

    @Test
    void idComesFromTheClientElseTheUrl() {
        post("application/json", json("""
                {"id":"reuters-123","title":"T","body":"B","published_at":"2025-10-28T09:30:00+09:00"}"""))
                .then().statusCode(202).body("id", equalTo("reuters-123"))
                .header("Location", endsWith("/articles/reuters-123"));
        String a = post("application/json", json("""
                {"title":"T","body":"B","published_at":"2025-10-28","url":"https://Example.com/a?x=1#top"}"""))
                .then().statusCode(202).extract().path("id");
        String b = post("application/json", json("""
                {"title":"T2","body":"B2","published_at":"2025-10-29","url":"https://example.com/a?x=1"}"""))
                .then().statusCode(202).extract().path("id");
        assertEquals(a, b, "the same URL is the same article");
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsPublished() {
        TopicProbe probe = new TopicProbe(bootstrap);
        post("application/json", json("{\"title\":\"warm-up\",\"body\":\"b\",\"published_at\":\"2025-01-01\"}"))
                .then().statusCode(202);
        long before = probe.recordCount(Topics.SUBMITTED);

        post("application/json", json("""
                {"body": 42, "published_at": "yesterday", "url": "ftp://example.com/x",
                 "language": "Japanese!", "id": "no spaces allowed", "colour": "red"}"""))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItems("title", "body", "published_at", "url", "language", "id", "colour"));

        post("application/json", json("""
                {"title":"a\\u0000b","body":"b","published_at":"99999-01-01"}"""))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("title", "published_at"));
        post("application/json", json("{\"title\":\"" + "x".repeat(100_000) + "\",\"body\":\"b\",\"published_at\":\"2025-01-01\"}"))
                .then().statusCode(400).body("errors.field", hasItems("title"));
        post("application/json", json("{\"title\": \"unterminated"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("not valid JSON"));
        post("application/json", json("[1,2,3]")).then().statusCode(400).body("detail", containsString("JSON object"));
        post("application/json", new byte[]{'{', '"', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'})
                .then().statusCode(400).body("detail", containsString("UTF-8"));
        post("application/json", json("[".repeat(5_000) + "]".repeat(5_000)))
                .then().statusCode(400).contentType("application/problem+json");

        post("text/plain", json("{\"title\":\"t\",\"body\":\"b\",\"published_at\":\"2025-01-01\"}"))
                .then().statusCode(415).contentType("application/problem+json").body("status", equalTo(415));

        byte[] huge = json("{\"title\":\"t\",\"published_at\":\"2025-01-01\",\"body\":\"" + "x".repeat(1_100_000) + "\"}");
        post("application/json", huge).then().statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413));

        assertEquals(before, probe.recordCount(Topics.SUBMITTED), "no rejected request reached the topic");
    }

    /**
     * What the API accepts, the submitted topic's schema accepts (enrich-service dead-letters the rest): an
     * ISO 8601 date-time without seconds is refused by RFC 3339, so here too; a URL with non-ASCII characters, as
     * clients send them, is an IRI and accepted, and its record on the topic reads.
     */
    @Test
    void whatIsAcceptedMeetsTheTopicsSchema() {
        post("application/json", json("""
                {"id":"no-seconds","title":"T","body":"B","published_at":"2025-10-28T09:30+09:00"}"""))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("published_at"));
        post("application/json", json("""
                {"id":"iri-url","title":"T","body":"B","published_at":"2025-10-28","url":"https://ja.example.org/wiki/東京"}"""))
                .then().statusCode(202);
        List<ConsumerRecord<String, String>> records = new TopicProbe(bootstrap)
                .await(Topics.SUBMITTED, r -> "iri-url".equals(r.key()), 1, Duration.ofSeconds(20));
        assertEquals("https://ja.example.org/wiki/東京", new ArticleSubmittedDeserializer()
                .deserialize(Topics.SUBMITTED, records.get(0).value().getBytes(StandardCharsets.UTF_8)).url());
    }

    @Test
    void unknownPathIsAProblemToo() {
        given().accept(ContentType.JSON).when().get("/nope").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
