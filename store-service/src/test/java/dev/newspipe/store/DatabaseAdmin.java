package dev.newspipe.store;

import dev.newspipe.infra.QuarkusInfraResource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/** Connections to the test database as the PostgreSQL administrator, not as the store's own role. */
@ApplicationScoped
class DatabaseAdmin {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = QuarkusInfraResource.ADMIN_USER)
    String user;

    /** Empty (so absent, to MicroProfile Config) under trust authentication. */
    @ConfigProperty(name = QuarkusInfraResource.ADMIN_PASSWORD)
    Optional<String> password;

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password.orElse(""));
    }
}
