package dev.newspipe.ingest;

import dev.newspipe.infra.QuarkusInfraResource;
import dev.newspipe.infra.TestCredentials;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * When the id registry's PostgreSQL refuses ingest (its connections cut, new ones refused, as during a restart or a
 * failover), nothing is accepted: 503 problem+json with Retry-After, and readiness DOWN so that traffic goes
 * elsewhere; liveness stays UP. Once the database takes connections again, articles are accepted again. A database of
 * its own (a test profile), so that cutting it off disturbs no other test.
 */
@QuarkusTest
@TestProfile(RegistryUnavailableTest.OwnDatabase.class)
class RegistryUnavailableTest {

    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(QuarkusInfraResource.class, Map.of("postgres", "true")));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @ConfigProperty(name = TestCredentials.PUBLISHER_KEY)
    String publisherKey;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;
    @ConfigProperty(name = "quarkus.datasource.username")
    String serviceRole;
    @ConfigProperty(name = QuarkusInfraResource.ADMIN_USER)
    String adminUser;
    @ConfigProperty(name = QuarkusInfraResource.ADMIN_PASSWORD)
    Optional<String> adminPassword;

    private Response post(String id) {
        return given().header("Authorization", "ApiKey " + publisherKey).contentType("application/json")
                .body("{\"id\":\"" + id + "\",\"title\":\"t\",\"body\":\"b\",\"published_at\":\"2025-10-28\"}")
                .post("/articles");
    }

    @Test
    void anUnreachableRegistryIsA503WithRetryAfterAndNotReady() throws Exception {
        post("registry-up").then().statusCode(202);
        given().get("/q/health/ready").then().statusCode(200);

        cutOff(true);
        try {
            for (int attempt = 0; attempt < 3; attempt++) {
                post("registry-down-" + UUID.randomUUID()).then().statusCode(503)
                        .contentType("application/problem+json")
                        .header("Retry-After", equalTo("5"))
                        .body("status", equalTo(503));
            }
            given().get("/q/health/ready").then().statusCode(503);
            given().get("/q/health/live").then().statusCode(200); // restarting ingest would not bring the database back
        } finally {
            cutOff(false);
        }
        // Back: the pool replaces its dead connections, and the very next posts go through.
        int status = 0;
        for (int attempt = 0; attempt < 20 && status != 202; attempt++) {
            status = post("registry-back").statusCode();
            if (status != 202) {
                Thread.sleep(500);
            }
        }
        assertEquals(202, status, "accepted again once the database takes connections");
        given().get("/q/health/ready").then().statusCode(200);
    }

    /**
     * As the administrator: refuses (or allows again) the service role's connections to its database and ends those
     * it has, which is what ingest sees of a database that is restarting.
     */
    private void cutOff(boolean off) throws SQLException {
        String database = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
        try (Connection c = DriverManager.getConnection(jdbcUrl.replace("/" + database, "/postgres"), adminUser,
                adminPassword.orElse("")); Statement s = c.createStatement()) {
            s.execute("alter database \"" + database + "\" connection limit " + (off ? 0 : -1));
            if (off) {
                try (PreparedStatement kill = c.prepareStatement(
                        "select pg_terminate_backend(pid) from pg_stat_activity where datname = ? and usename = ?")) {
                    kill.setString(1, database);
                    kill.setString(2, serviceRole);
                    kill.execute();
                }
            }
        }
    }
}
