package dev.newspipe.ingest;

import dev.newspipe.infra.QuarkusInfraResource;
import dev.newspipe.infra.TestCredentials;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With no broker to talk to, ingest says so: 503 problem+json with Retry-After, within the configured bound,
 * never a 202 and never a hanging request. The broker address is a port nothing listens on.
 */
@QuarkusTest
@TestProfile(BrokerUnreachableTest.NoBroker.class)
class BrokerUnreachableTest {

    public static class NoBroker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ingest.publish-timeout", "2s");
        }

        /** The id registry's database, but no broker on purpose: kafka.bootstrap.servers is a port nobody listens on. */
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(QuarkusInfraResource.class, Map.of("kafka", "false", "postgres", "true")));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @ConfigProperty(name = TestCredentials.PUBLISHER_KEY)
    String publisherKey;

    @Test
    void unreachableBrokerIsA503WithRetryAfterWithinTheTimeout() {
        for (int attempt = 0; attempt < 3; attempt++) {
            long start = System.nanoTime();
            Response response = given().header("Authorization", "ApiKey " + publisherKey).contentType("application/json")
                    .body("{\"title\":\"t\",\"body\":\"b\",\"published_at\":\"2025-10-28\",\"id\":\"down-" + attempt + "\"}")
                    .post("/articles");
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            response.then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", equalTo("2"))
                    .body("status", equalTo(503));
            // Not a speed check: what fails here is a request left waiting on the broker, which the Kafka client would
            // hold for max.block.ms (60 s) without ingest's own publish timeout (2 s here). On an idle machine the answer
            // takes just over 2 s; the bound leaves room for a loaded CI machine.
            assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0,
                    "answered in " + took.toMillis() + " ms: the 2 s publish timeout did not bound the request");
        }
        given().get("/q/health/live").then().statusCode(200); // alive: restarting would not bring the broker back
        given().get("/q/health/ready").then().statusCode(503); // not ready: send no traffic here
    }
}
