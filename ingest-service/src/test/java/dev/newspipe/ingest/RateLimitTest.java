package dev.newspipe.ingest;

import dev.newspipe.infra.QuarkusInfraResource;
import dev.newspipe.infra.TestCredentials;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rate limit counts per credential: a publisher that used up its burst gets 429 problem+json with
 * Retry-After, while another publisher is still accepted. The refill rate is so slow (one request per 100 s)
 * that no token comes back while the test runs, however slow the machine: nothing here depends on timing.
 */
@QuarkusTest
@TestProfile(RateLimitTest.SlowRefill.class)
@WithTestResource(value = QuarkusInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "postgres", value = "true"))
class RateLimitTest {

    private static final int BURST = 3;

    public static class SlowRefill implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newspipe.rate-limit.per-second", "0.01", "newspipe.rate-limit.burst", Integer.toString(BURST));
        }
    }

    @ConfigProperty(name = TestCredentials.PUBLISHER_KEY)
    String publisherKey;
    @ConfigProperty(name = TestCredentials.OTHER_PUBLISHER_KEY)
    String otherPublisherKey;

    private ValidatableResponse post(String key, int n) {
        return given().header("X-API-Key", key).contentType("application/json")
                .body("{\"title\":\"Rate\",\"body\":\"b\",\"published_at\":\"2025-10-28\",\"id\":\"rate-" + n + "\"}")
                .post("/articles").then();
    }

    @Test
    void oneCredentialIsThrottledAnotherIsNot() {
        for (int i = 0; i < BURST; i++) {
            post(publisherKey, i).statusCode(202);
        }
        ValidatableResponse throttled = post(publisherKey, BURST).statusCode(429)
                .contentType("application/problem+json").body("status", equalTo(429))
                .body("instance", equalTo("/articles"));
        long retryAfter = Long.parseLong(throttled.extract().header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 100, "Retry-After in whole seconds until the next token: " + retryAfter);

        post(otherPublisherKey, 100).statusCode(202);
        post(otherPublisherKey, 101).statusCode(202);
        post(publisherKey, BURST + 1).statusCode(429);
    }
}
