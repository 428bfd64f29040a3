package dev.newspipe.store;

import dev.newspipe.infra.QuarkusInfraResource;
import dev.newspipe.infra.TestCredentials;
import dev.newspipe.infra.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Who may query: a reader, by API key or JWT; every query endpoint, the OpenAPI document and Swagger UI included.
 * Health stays open. Refusals are problem+json: 401 with WWW-Authenticate, 403 for a publisher.
 */
@QuarkusTest
@WithTestResource(value = QuarkusInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "postgres", value = "true"))
class StoreAuthenticationTest {

    private static final List<String> PROTECTED = List.of("/articles", "/articles/some-id", "/entities?q=x",
            "/entities/xi-jinping/articles", "/topics", "/q/openapi", "/q/swagger-ui/");

    @ConfigProperty(name = TestCredentials.PUBLISHER_KEY)
    String publisherKey;
    @ConfigProperty(name = TestCredentials.READER_KEY)
    String readerKey;
    @ConfigProperty(name = TestCredentials.JWT_PRIVATE_KEY)
    String jwtSigningKey;

    private static void isProblem(ValidatableResponse response, int status, String path) {
        response.statusCode(status).contentType("application/problem+json").body("status", equalTo(status))
                .body("instance", equalTo(path.replaceFirst("\\?.*", "")));
    }

    @Test
    void everyQueryEndpointNeedsAReaderCredential() {
        TestTokens tokens = new TestTokens(jwtSigningKey);
        for (String path : PROTECTED) {
            ValidatableResponse anonymous = given().get(path).then();
            isProblem(anonymous, 401, path);
            assertEquals(List.of("ApiKey realm=\"newspipe\"", "Bearer realm=\"newspipe\""),
                    anonymous.extract().headers().getValues("WWW-Authenticate"), path);

            isProblem(given().header("Authorization", "ApiKey " + readerKey + "0").get(path).then(), 401, path);
            isProblem(given().header("Authorization", "Bearer " + tokens.expired("dashboard", "reader")).get(path).then(),
                    401, path);
            isProblem(given().header("X-API-Key", publisherKey).get(path).then(), 403, path);
            isProblem(given().header("Authorization", "Bearer " + tokens.valid("wire", "publisher")).get(path).then(),
                    403, path);

            int expected = path.equals("/articles/some-id") ? 404 : 200;
            given().header("Authorization", "ApiKey " + readerKey).get(path).then().statusCode(expected);
            given().header("X-API-Key", readerKey).get(path).then().statusCode(expected);
            given().header("Authorization", "Bearer " + tokens.valid("dashboard", "reader")).get(path).then()
                    .statusCode(expected);
        }
    }

    @Test
    void tokensOfAnotherIssuerOrKeyAreRefused() {
        TestTokens tokens = new TestTokens(jwtSigningKey);
        for (String token : List.of(tokens.fromIssuer("https://elsewhere.example", "dashboard", "reader"),
                tokens.signedByAnotherKey("dashboard", "reader"))) {
            ValidatableResponse response = given().header("Authorization", "Bearer " + token).get("/articles").then();
            isProblem(response, 401, "/articles");
            response.header("WWW-Authenticate", containsString("invalid_token"));
        }
    }

    @Test
    void healthIsOpen() {
        given().get("/q/health").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
    }
}
