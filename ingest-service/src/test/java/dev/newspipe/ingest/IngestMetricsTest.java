package dev.newspipe.ingest;

import dev.newspipe.infra.PrometheusScrape;
import dev.newspipe.infra.QuarkusInfraResource;
import dev.newspipe.infra.SharedData;
import dev.newspipe.infra.TestCredentials;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /articles moves the accepted and rejected counters that /q/metrics serves, over real HTTP and a real broker. */
@QuarkusTest
@WithTestResource(value = QuarkusInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "postgres", value = "true"))
class IngestMetricsTest {

    @ConfigProperty(name = TestCredentials.PUBLISHER_KEY)
    String publisherKey;

    private static PrometheusScrape scrape() {
        return PrometheusScrape.parse(given().get("/q/metrics").then().statusCode(200).extract().asString());
    }

    @Test
    void acceptedAndRejectedArticlesAreCountedByStatus() {
        PrometheusScrape before = scrape();

        given().header("Authorization", "ApiKey " + publisherKey).contentType("application/json").body(SharedData.bytes(SharedData.SAMPLE_JA))
                .post("/articles").then().statusCode(202);
        given().header("Authorization", "ApiKey " + publisherKey).contentType("application/json").body("{\"title\": \"unterminated".getBytes(StandardCharsets.UTF_8))
                .post("/articles").then().statusCode(400);
        given().header("Authorization", "ApiKey " + publisherKey).contentType("text/plain").body("just text".getBytes(StandardCharsets.UTF_8))
                .post("/articles").then().statusCode(415);

        PrometheusScrape after = scrape();
        assertEquals(1, after.sum("newspipe_articles_accepted_total") - before.sum("newspipe_articles_accepted_total"));
        assertEquals(1, after.sum("newspipe_articles_rejected_total", Map.of("status", "400"))
                - before.sum("newspipe_articles_rejected_total", Map.of("status", "400")));
        assertEquals(1, after.sum("newspipe_articles_rejected_total", Map.of("status", "415"))
                - before.sum("newspipe_articles_rejected_total", Map.of("status", "415")));
        // The producer is bound too (Quarkus' Kafka binder): what it sent shows.
        assertTrue(after.samples().stream().anyMatch(s -> s.name().startsWith("kafka_producer_")),
                "Kafka producer metrics are exported");
    }
}
