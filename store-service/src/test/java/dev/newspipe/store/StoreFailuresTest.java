package dev.newspipe.store;

import dev.newspipe.infra.FreePorts;
import dev.newspipe.infra.PostgresServer;
import dev.newspipe.store.service.StoreFailures;
import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which failures are retried (they can succeed later) and which dead-letter a record (they cannot), on failures a
 * real PostgreSQL and a real connection pool produce: connection refused, a serialization failure between two
 * transactions, a read-only transaction, a statement timeout, a terminated backend, too many connections, the pool's
 * acquisition timeout; a NUL, a constraint, SQL that cannot run; and plain bugs.
 */
class StoreFailuresTest {

    @TempDir
    static Path dir;

    private static PostgresServer server;
    private static String database;

    @BeforeAll
    static void database() throws SQLException {
        server = PostgresServer.fromEnvironmentOrEmbedded(System.getenv(), dir.resolve("pg"));
        database = "newspipe_failures_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        server.ensureDatabase(database);
        try (Connection c = server.connect(database); Statement s = c.createStatement()) {
            s.execute("create table t (id int primary key, v text check (v <> 'refused'))");
        }
    }

    @AfterAll
    static void drop() {
        server.dropDatabase(database);
        server.close();
    }

    /** As EnrichedArticleWriter reports a failed write. */
    private static RuntimeException written(SQLException e) {
        return new IllegalStateException("Storing 1 article(s) failed: " + e.getMessage(), e);
    }

    private static SQLException failing(String... statements) {
        return assertThrows(SQLException.class, () -> {
            try (Connection c = server.connect(database); Statement s = c.createStatement()) {
                for (String sql : statements) {
                    s.execute(sql);
                }
            }
        });
    }

    @Test
    void connectionRefusedIsTransient() {
        SQLException refused = assertThrows(SQLException.class, () -> DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + FreePorts.next() + "/" + database + "?connectTimeout=5", "postgres", ""));
        assertEquals("08001", refused.getSQLState());
        assertTrue(StoreFailures.isTransient(written(refused)), refused::toString);
    }

    @Test
    void aSerializationFailureBetweenTwoTransactionsIsTransient() throws SQLException {
        try (Connection a = server.connect(database); Connection b = server.connect(database);
             Statement sa = a.createStatement(); Statement sb = b.createStatement()) {
            for (Connection c : new Connection[]{a, b}) {
                c.setAutoCommit(false);
                c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            }
            // Write skew: each reads what the other writes.
            sa.executeQuery("select count(*) from t where id between 100 and 199").close();
            sb.executeQuery("select count(*) from t where id between 100 and 199").close();
            sa.executeUpdate("insert into t values (100, 'a')");
            sb.executeUpdate("insert into t values (101, 'b')");
            a.commit();
            SQLException conflict = assertThrows(SQLException.class, b::commit);
            assertEquals("40001", conflict.getSQLState());
            assertTrue(StoreFailures.isTransient(written(conflict)), conflict::toString);
        }
    }

    @Test
    void aReadOnlyTransactionIsTransientAsOnAStandby() {
        SQLException readOnly = failing("begin", "set transaction read only", "insert into t values (1, 'x')");
        assertEquals("25006", readOnly.getSQLState());
        assertTrue(StoreFailures.isTransient(written(readOnly)));
    }

    @Test
    void aStatementTimeoutIsTransient() {
        SQLException timeout = failing("set statement_timeout = 50", "select pg_sleep(5)");
        assertEquals("57014", timeout.getSQLState());
        assertTrue(StoreFailures.isTransient(written(timeout)));
    }

    @Test
    void aBackendTerminatedByTheServerIsTransient() throws Exception {
        try (Connection victim = server.connect(database); Connection admin = server.connect(database)) {
            int pid;
            try (Statement s = victim.createStatement(); var rs = s.executeQuery("select pg_backend_pid()")) {
                rs.next();
                pid = rs.getInt(1);
            }
            CompletableFuture<SQLException> sleeping = CompletableFuture.supplyAsync(() -> assertThrows(SQLException.class,
                    () -> victim.createStatement().execute("select pg_sleep(30)")));
            try (Statement s = admin.createStatement()) {
                // Until the sleep has started, a terminate would hit an idle connection.
                for (int i = 0; i < 100 && !sleeping.isDone(); i++) {
                    var rs = s.executeQuery("select count(*) from pg_stat_activity where pid = " + pid
                            + " and query like 'select pg_sleep%' and state = 'active'");
                    rs.next();
                    if (rs.getInt(1) == 1) {
                        break;
                    }
                    Thread.sleep(50);
                }
                s.execute("select pg_terminate_backend(" + pid + ")");
            }
            SQLException terminated = sleeping.get(30, TimeUnit.SECONDS);
            assertEquals("57P01", terminated.getSQLState(), terminated::toString);
            assertTrue(StoreFailures.isTransient(written(terminated)));
        }
    }

    @Test
    void tooManyConnectionsIsTransient() throws SQLException {
        String role = "failures_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        try (Connection c = server.connect(database); Statement s = c.createStatement()) {
            s.execute("create role " + role + " login password 'x' connection limit 1");
        }
        try (Connection first = DriverManager.getConnection(server.jdbcUrl(database), role, "x")) {
            SQLException second = assertThrows(SQLException.class,
                    () -> DriverManager.getConnection(server.jdbcUrl(database), role, "x").close());
            assertEquals("53300", second.getSQLState());
            assertTrue(StoreFailures.isTransient(written(second)));
        } finally {
            try (Connection c = server.connect(database); Statement s = c.createStatement()) {
                s.execute("drop role " + role);
            }
        }
    }

    @Test
    void thePoolsAcquisitionTimeoutIsTransient() throws SQLException {
        try (AgroalDataSource pool = AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(p -> p.maxSize(1).acquisitionTimeout(Duration.ofMillis(200))
                        .connectionFactoryConfiguration(f -> f.jdbcUrl(server.jdbcUrl(database))
                                .principal(new NamePrincipal(server.user()))
                                .credential(new SimplePassword(server.password())))));
             Connection held = pool.getConnection()) {
            SQLException timeout = assertThrows(SQLException.class, pool::getConnection);
            assertTrue(StoreFailures.isTransient(written(timeout)), timeout::toString);
        }
    }

    @Test
    void whatTheDatabaseRefusesForGoodIsPermanent() {
        // As the writer sends text: a parameter (chr(0) in SQL would be 54000, also permanent).
        SQLException nul = assertThrows(SQLException.class, () -> {
            try (Connection c = server.connect(database);
                 var insert = c.prepareStatement("insert into t values (2, ?)")) {
                insert.setString(1, "a\u0000b");
                insert.executeUpdate();
            }
        });
        SQLException check = failing("insert into t values (3, 'refused')");
        SQLException unique = failing("insert into t values (4, 'x')", "insert into t values (4, 'y')");
        SQLException noTable = failing("insert into no_such_table values (1)");
        for (SQLException e : new SQLException[]{nul, check, unique, noTable}) {
            assertTrue(StoreFailures.isPermanent(written(e)), e.getSQLState() + " " + e.getMessage());
        }
        assertEquals(Map.of("22", 1L, "23", 2L, "42", 1L), Stream.of(nul, check, unique, noTable)
                .collect(Collectors.groupingBy(e -> e.getSQLState().substring(0, 2),
                        Collectors.counting())));
    }

    /** The case: a bug (here the NullPointerException an incomplete event caused) is not retried for ever. */
    @Test
    void bugsArePermanent() {
        String missing = null;
        NullPointerException npe = assertThrows(NullPointerException.class, () -> missing.toString());
        assertTrue(StoreFailures.isPermanent(npe));
        assertTrue(StoreFailures.isPermanent(new IllegalStateException("wrapped", npe)));
        assertTrue(StoreFailures.isPermanent(assertThrows(RuntimeException.class, () -> LocalDate.parse("2025-13-45"))));
        assertTrue(StoreFailures.isPermanent(new IllegalArgumentException("anything unknown")));
    }

    /** Kinds of Hibernate and Jakarta Persistence (not used by the writer's plain JDBC, but on the classpath). */
    @Test
    void persistenceTimeoutsAndConnectionFailuresAreTransient() {
        assertTrue(StoreFailures.isTransient(new jakarta.persistence.LockTimeoutException("lock")));
        assertTrue(StoreFailures.isTransient(new jakarta.persistence.QueryTimeoutException("query")));
        assertTrue(StoreFailures.isTransient(new org.hibernate.exception.JDBCConnectionException("gone", (SQLException) null)));
        assertFalse(StoreFailures.isTransient(new jakarta.persistence.PersistenceException("mapping")));
        // A commit the transaction manager could not complete, as ArC reports it: the connection went away.
        assertTrue(StoreFailures.isTransient(new RuntimeException(new jakarta.transaction.HeuristicMixedException("commit"))));
        // ... unless the database said why: a constraint checked at commit is the data's fault.
        jakarta.transaction.RollbackException atCommit = new jakarta.transaction.RollbackException("commit");
        atCommit.initCause(failing("insert into t values (5, 'refused')"));
        assertFalse(StoreFailures.isTransient(new RuntimeException(atCommit)));
    }

    @Test
    void backoffDoublesUpToTenSeconds() {
        assertEquals(Duration.ofMillis(200), StoreFailures.backoff(1));
        assertEquals(Duration.ofMillis(400), StoreFailures.backoff(2));
        assertEquals(Duration.ofMillis(6_400), StoreFailures.backoff(6));
        assertEquals(Duration.ofSeconds(10), StoreFailures.backoff(7));
        assertEquals(Duration.ofSeconds(10), StoreFailures.backoff(500));
    }
}
