package dev.newspipe.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real PostgreSQL server: the one the libpq variables name ({@code PGHOST}, {@code PGPORT},
 * {@code PGUSER}, {@code PGPASSWORD}) when {@code PGHOST} is set, else an embedded one started from
 * the zonky binaries on Maven Central (it runs itself under {@code unshare -U} when started as root).
 */
public final class PostgresServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresServer.class);

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final String description;
    private final AutoCloseable stopper;

    PostgresServer(String host, int port, String user, String password, String description, AutoCloseable stopper) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.description = description;
        this.stopper = stopper;
    }

    /** The server named by the environment, else an embedded one with its data in {@code embeddedDataDir}. */
    public static PostgresServer fromEnvironmentOrEmbedded(Map<String, String> env, Path embeddedDataDir) {
        String pgHost = env.get("PGHOST");
        if (pgHost != null && !pgHost.isBlank()) {
            int port = Integer.parseInt(env.getOrDefault("PGPORT", "5432"));
            String user = env.getOrDefault("PGUSER", "postgres");
            String password = env.getOrDefault("PGPASSWORD", "");
            String description = "PostgreSQL from PGHOST/PGPORT at " + pgHost + ":" + port + " as " + user;
            LOG.info("Using {}", description);
            return new PostgresServer(pgHost, port, user, password, description, () -> { });
        }
        return embedded(embeddedDataDir);
    }

    /** Starts an embedded server keeping its data in {@code dataDir} (initialised on first use, reused after). */
    public static PostgresServer embedded(Path dataDir) {
        return embedded(dataDir, FreePorts.next());
    }

    /**
     * As {@link #embedded(Path)}, on a given port: a test stops the server and starts it again where it was. A server
     * that a killed process left running on {@code dataDir} is shut down first ({@link OrphanedPostmaster}).
     */
    public static PostgresServer embedded(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
            OrphanedPostmaster.clear(dataDir);
            long started = System.nanoTime();
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .start();
            String description = "embedded PostgreSQL (zonky) at 127.0.0.1:" + pg.getPort() + ", data in " + dataDir;
            LOG.info("Started {} in {} ms", description, (System.nanoTime() - started) / 1_000_000);
            return new PostgresServer("127.0.0.1", pg.getPort(), "postgres", "postgres", description, pg);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String description() {
        return description;
    }

    /** A new connection to {@code database} as this server's user. */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), user, password);
    }

    /** The first column of the first row {@code sql} returns in {@code database}, as a number. */
    public long scalar(String database, String sql) throws SQLException {
        try (Connection c = connect(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Creates {@code database} unless it exists. */
    public void ensureDatabase(String database) {
        requireIdentifier(database);
        try (Connection c = connect("postgres");
             PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (Statement s = c.createStatement()) {
                        s.execute("create database \"" + database + "\"");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database + " on " + description, e);
        }
    }

    /** Drops {@code database}, closing whatever connections are left, and its owner role if it has one of its own. */
    public void dropDatabase(String database) {
        requireIdentifier(database);
        try (Connection c = connect("postgres");
             Statement s = c.createStatement()) {
            s.execute("drop database if exists \"" + database + "\" with (force)");
            s.execute("drop role if exists \"" + ownerRole(database) + "\"");
        } catch (SQLException e) {
            LOG.warn("Cannot drop database {}: {}", database, e.getMessage());
        }
    }

    /**
     * Creates {@code database} if missing, gives it its owner role ({@link #provisionOwner}) and returns the
     * environment that points store-service at it as that role.
     */
    public Map<String, String> storeEnvironment(String database) {
        return datasourceEnvironment(database);
    }

    /**
     * Creates {@code database} if missing, gives it its owner role ({@link #provisionOwner}) and returns the
     * environment that points a service's datasource at it as that role: the store's database, or ingest's id
     * registry.
     */
    public Map<String, String> datasourceEnvironment(String database) {
        ensureDatabase(database);
        Login owner = provisionOwner(database);
        return Map.of("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl(database),
                "QUARKUS_DATASOURCE_USERNAME", owner.user(),
                "QUARKUS_DATASOURCE_PASSWORD", owner.password());
    }

    /** A user name and password to log in with. */
    public record Login(String user, String password) {
    }

    /** The role that owns {@code database} once {@link #provisionOwner} has run. */
    public static String ownerRole(String database) {
        return database + "_owner";
    }

    /**
     * Gives {@code database} an owner of its own, {@code <database>_owner}: a login role that owns the database, and
     * so every table the store's migrations create, but is no superuser and can create neither roles nor databases.
     * The store writes through it; people read through {@code newspipe_reader}, the group role without login that
     * the migrations grant SELECT to, created here too because creating a role takes a right the owner lacks.
     * The password is new on every call (nobody else needs it). Objects an earlier version created as another
     * user are handed over. Where this server's user may not create roles (a managed server), its own login is
     * returned, with a warning: an administrator then sets the roles up as the README says.
     */
    public Login provisionOwner(String database) {
        requireIdentifier(database);
        String owner = ownerRole(database);
        String password = Secrets.randomHex(24);
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute(createRoleUnlessExists(owner, "login nosuperuser nocreatedb nocreaterole"));
            s.execute(createRoleUnlessExists("newspipe_reader", "nologin"));
            // Generated hex: nothing in it needs quoting.
            s.execute("alter role \"" + owner + "\" with login password '" + password + "'");
            s.execute("alter database \"" + database + "\" owner to \"" + owner + "\"");
        } catch (SQLException e) {
            LOG.warn("Cannot create the owner role of {} on {} ({}): the store will write as {}", database, description,
                    e.getMessage(), user);
            return new Login(user, password());
        }
        handOver(database, owner);
        LOG.info("Database {} is owned by role {} (no superuser); readers use newspipe_reader", database, owner);
        return new Login(owner, password);
    }

    private static String createRoleUnlessExists(String role, String options) {
        // Two test JVMs may race to create the shared reader role: the loser finds it there.
        return "do $$ begin if not exists (select from pg_roles where rolname = '" + role + "') then "
                + "create role \"" + role + "\" " + options + "; end if; "
                + "exception when duplicate_object or unique_violation then null; end $$";
    }

    /** Tables and views in {@code public} that another user created (data of an earlier version) go to the owner. */
    private void handOver(String database, String owner) {
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            List<String> statements = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("""
                    select case c.relkind when 'v' then 'view' else 'table' end, c.relname
                    from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = 'public' and c.relkind in ('r', 'p', 'v')
                      and pg_get_userbyid(c.relowner) <> '%s'""".formatted(owner))) {
                while (rs.next()) {
                    statements.add("alter " + rs.getString(1) + " public.\"" + rs.getString(2) + "\" owner to \"" + owner + "\"");
                }
            }
            for (String statement : statements) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot hand the tables of " + database + " over to " + owner, e);
        }
    }

    private static void requireIdentifier(String name) {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
    }

    @Override
    public void close() {
        try {
            stopper.close();
        } catch (Exception e) {
            LOG.warn("Stopping {} failed: {}", description, e.getMessage());
        }
    }
}
