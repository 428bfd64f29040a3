package dev.newspipe.ingest;

import dev.newspipe.contract.Topics;
import dev.newspipe.infra.QuarkusInfraResource;
import dev.newspipe.infra.TestCredentials;
import dev.newspipe.infra.TestTokens;
import dev.newspipe.infra.TopicProbe;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Who may post: a publisher, by API key (either header) or by a JWT of the configured issuer. Every refusal is a
 * problem+json (401 with WWW-Authenticate, or 403), and nothing refused reaches the topic. Keys and the JWT
 * signing key are generated for this run by QuarkusInfraResource.
 */
@QuarkusTest
@WithTestResource(value = QuarkusInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "postgres", value = "true"))
class IngestAuthenticationTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @ConfigProperty(name = TestCredentials.PUBLISHER_KEY)
    String publisherKey;
    @ConfigProperty(name = TestCredentials.READER_KEY)
    String readerKey;
    @ConfigProperty(name = TestCredentials.JWT_PRIVATE_KEY)
    String jwtSigningKey;

    private static String article() {
        return "{\"title\":\"Auth\",\"body\":\"b\",\"published_at\":\"2025-10-28\",\"id\":\"auth-"
                + UUID.randomUUID().toString().substring(0, 8) + "\"}";
    }

    private ValidatableResponse post(String header, String value) {
        var request = given().contentType("application/json").body(article());
        if (header != null) {
            request = request.header(header, value);
        }
        return request.post("/articles").then();
    }

    private static void isProblem(ValidatableResponse response, int status) {
        response.statusCode(status).contentType("application/problem+json").body("status", equalTo(status))
                .body("instance", equalTo("/articles"));
    }

    @Test
    void refusedRequestsAreProblemsAndPublishNothing() {
        TopicProbe probe = new TopicProbe(bootstrap);
        post("Authorization", "ApiKey " + publisherKey).statusCode(202); // the topic exists
        long before = probe.recordCount(Topics.SUBMITTED);
        TestTokens tokens = new TestTokens(jwtSigningKey);

        ValidatableResponse none = post(null, null);
        isProblem(none, 401);
        List<String> challenges = none.extract().headers().getValues("WWW-Authenticate");
        assertEquals(List.of("ApiKey realm=\"newspipe\"", "Bearer realm=\"newspipe\""), challenges);
        none.body("detail", containsString("needs a credential"));

        for (String[] bad : new String[][]{
                {"Authorization", "ApiKey np_not-a-key"}, {"X-API-Key", "np_not-a-key"}, {"Authorization", "ApiKey"},
                {"Authorization", "ApiKey " + publisherKey + "x"},
                {"X-API-Key", TestCredentials.class.getName()}}) {
            ValidatableResponse response = post(bad[0], bad[1]);
            isProblem(response, 401);
            response.body("detail", equalTo("The API key is not valid."));
            assertEquals(challenges, response.extract().headers().getValues("WWW-Authenticate"));
        }
        for (String token : List.of(tokens.expired("wire", "publisher"),
                tokens.fromIssuer("https://elsewhere.example", "wire", "publisher"),
                tokens.signedByAnotherKey("wire", "publisher"), "not.a.jwt")) {
            ValidatableResponse response = post("Authorization", "Bearer " + token);
            isProblem(response, 401);
            response.header("WWW-Authenticate", equalTo("Bearer realm=\"newspipe\", error=\"invalid_token\""))
                    .body("detail", containsString("bearer token is not valid"));
        }
        for (String[] reader : new String[][]{{"Authorization", "ApiKey " + readerKey}, {"X-API-Key", readerKey},
                {"Authorization", "Bearer " + tokens.valid("dashboard", "reader")}}) {
            isProblem(post(reader[0], reader[1]), 403);
        }

        assertEquals(before, probe.recordCount(Topics.SUBMITTED), "a refused request reached the topic");
    }

    @Test
    void aPublisherPostsWithAnApiKeyInEitherHeaderOrWithAJwt() {
        post("Authorization", "ApiKey " + publisherKey).statusCode(202);
        post("authorization", "apikey " + publisherKey).statusCode(202); // scheme names are case-insensitive
        post("X-API-Key", publisherKey).statusCode(202);
        post("Authorization", "Bearer " + new TestTokens(jwtSigningKey).valid("wire", "publisher")).statusCode(202);
        post("Authorization", "Bearer " + new TestTokens(jwtSigningKey).valid("desk", "reader", "publisher"))
                .statusCode(202);
    }

    @Test
    void healthIsOpenAndOtherPathsAreNot() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/health").then().statusCode(200);
        isProblemAt(given().get("/nope").then(), 401, "/nope");
        isProblemAt(given().header("X-API-Key", publisherKey).get("/nope").then(), 404, "/nope");
    }

    private static void isProblemAt(ValidatableResponse response, int status, String path) {
        response.statusCode(status).contentType("application/problem+json").body("instance", equalTo(path));
    }
}
