package dev.newspipe.store;

import dev.newspipe.contract.ArticleEnriched;
import dev.newspipe.contract.Topics;
import dev.newspipe.contract.kafka.EventSerializer;
import dev.newspipe.infra.QuarkusInfraResource;
import dev.newspipe.infra.TopicProbe;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What liveness is for, now that the connector no longer fails a channel whose record waits long for its
 * acknowledgement: a write that hangs. Another session holds an exclusive lock on {@code articles}, so the store's
 * insert waits on it without failing; once that has lasted longer than {@code store.consumer.stuck-after} (2 s here)
 * liveness is DOWN, saying why, and when the lock goes the write completes and liveness is UP again.
 */
@QuarkusTest
@TestProfile(StuckWriteTest.ShortStuckAfter.class)
@WithTestResource(value = QuarkusInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "postgres", value = "true"))
class StuckWriteTest {

    public static class ShortStuckAfter implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("store.consumer.stuck-after", "2s");
        }
    }

    @Inject
    DatabaseAdmin admin;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void aWriteHeldByALockTurnsLivenessDownUntilItReturns() throws Exception {
        given().get("/q/health/live").then().statusCode(200);
        try (Connection lock = admin.connect()) {
            lock.setAutoCommit(false);
            try (Statement s = lock.createStatement()) {
                s.execute("lock table articles in access exclusive mode");
            }
            ArticleEnriched event = new ArticleEnriched(1, "stuck-1", "A write that waits on a lock", "Body.",
                    "2025-10-28", "Test Wire", null, null, null, "en", Instant.parse("2025-10-28T00:00:00Z"),
                    Instant.parse("2025-10-28T00:00:01Z"), List.of(), List.of(), List.of());
            new TopicProbe(bootstrap).send(Topics.ENRICHED, event.id(),
                    new EventSerializer<ArticleEnriched>().serialize(Topics.ENRICHED, event));

            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                    .until(() -> given().get("/q/health/live").statusCode() == 503);
            given().get("/q/health/live").then().statusCode(503)
                    .body(containsString("store consumer"))
                    .body(containsString("longer than store.consumer.stuck-after"));
            lock.rollback();
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> given().get("/q/health/live").statusCode() == 200);
        try (Connection c = admin.connect(); Statement s = c.createStatement();
             var rs = s.executeQuery("select count(*) from articles where id = 'stuck-1'")) {
            rs.next();
            assertEquals(1, rs.getInt(1), "the write went through once the lock was released");
        }
    }
}
