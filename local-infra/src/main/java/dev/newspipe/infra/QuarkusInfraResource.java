package dev.newspipe.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Gives a {@code @QuarkusTest} a real broker (and, with the init argument {@code postgres=true}, a fresh
 * database on a real PostgreSQL) from {@link Infrastructure}, and turns Dev Services off: the choice of
 * infrastructure is always this resource's, made explicitly and logged, never a silent fallback. It also
 * generates the run's credentials ({@link TestCredentials}): nothing secret is in the repository, not even for tests.
 */
public class QuarkusInfraResource implements QuarkusTestResourceLifecycleManager {

    private static final Logger LOG = LoggerFactory.getLogger(QuarkusInfraResource.class);

    /** The PostgreSQL administrator's login, for tests that check what the service's own role may and may not do. */
    public static final String ADMIN_USER = "newspipe.test.admin-user";
    public static final String ADMIN_PASSWORD = "newspipe.test.admin-password";

    private boolean withKafka;
    private boolean withPostgres;
    private Path workDir;
    private Infrastructure infrastructure;
    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        withPostgres = Boolean.parseBoolean(initArgs.getOrDefault("postgres", "false"));
        // kafka=false: no broker, and kafka.bootstrap.servers a port nobody listens on (a test of a missing broker).
        withKafka = Boolean.parseBoolean(initArgs.getOrDefault("kafka", "true"));
    }

    @Override
    public Map<String, String> start() {
        try {
            workDir = Files.createTempDirectory("newspipe-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        infrastructure = Infrastructure.start(Infrastructure.configuredMode(), workDir, withKafka, withPostgres,
                System.getenv(), 0);
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.devservices.enabled", "false");
        config.put("kafka.bootstrap.servers", infrastructure.kafkaBootstrapServers());
        config.putAll(TestCredentials.generate());
        if (withPostgres) {
            PostgresServer pg = infrastructure.postgres();
            database = "newspipe_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            pg.ensureDatabase(database);
            // The service under test writes as the database's owner role, as it does in production, never as
            // the superuser; tests that must act as someone else (the reader role) log in as the administrator.
            PostgresServer.Login owner = pg.provisionOwner(database);
            config.put("quarkus.datasource.jdbc.url", pg.jdbcUrl(database));
            config.put("quarkus.datasource.username", owner.user());
            config.put("quarkus.datasource.password", owner.password());
            config.put(ADMIN_USER, pg.user());
            config.put(ADMIN_PASSWORD, pg.password());
        }
        LOG.info("@QuarkusTest infrastructure: {}{}", infrastructure.description(),
                database == null ? "" : "; database " + database);
        return config;
    }

    @Override
    public void stop() {
        if (infrastructure == null) {
            return;
        }
        if (database != null) {
            infrastructure.postgres().dropDatabase(database);
        }
        infrastructure.close();
        deleteRecursively(workDir);
    }

    static void deleteRecursively(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("Cannot delete {}: {}", dir, e.getMessage());
        }
    }
}
