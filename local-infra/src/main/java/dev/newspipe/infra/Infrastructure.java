package dev.newspipe.infra;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;

/**
 * The broker and the database a test or a local run talks to, real in both modes, chosen explicitly:
 * <ul>
 *   <li>{@code local} (default): {@link LocalKafka} in this JVM and {@link PostgresServer} (PG* variables,
 *       else embedded). Needs nothing but Java, so it runs on machines without a Docker engine.</li>
 *   <li>{@code containers}: Testcontainers' {@code apache/kafka} and {@code postgres} images. Needs Docker.</li>
 * </ul>
 * Set with {@code -Dnewspipe.infra=} or {@code NEWSPIPE_INFRA}. Whatever is chosen is logged, so a
 * test log always says which infrastructure it ran against.
 */
public final class Infrastructure implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Infrastructure.class);
    public static final String MODE_PROPERTY = "newspipe.infra";

    public enum Mode { LOCAL, CONTAINERS }

    private final String kafkaBootstrapServers;
    private final PostgresServer postgres;
    private final String description;
    private final Deque<AutoCloseable> closers;

    private Infrastructure(String kafkaBootstrapServers, PostgresServer postgres, String description,
            Deque<AutoCloseable> closers) {
        this.kafkaBootstrapServers = kafkaBootstrapServers;
        this.postgres = postgres;
        this.description = description;
        this.closers = closers;
    }

    public static Mode configuredMode() {
        String value = System.getProperty(MODE_PROPERTY, System.getenv().getOrDefault("NEWSPIPE_INFRA", "local"));
        try {
            return Mode.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(MODE_PROPERTY + " must be 'local' or 'containers', not '" + value + "'");
        }
    }

    /**
     * Starts Kafka and, when {@code withPostgres}, PostgreSQL, in the configured mode. Local data goes under
     * {@code workDir}.
     */
    public static Infrastructure start(Path workDir, boolean withPostgres) {
        return start(configuredMode(), workDir, withPostgres, System.getenv(), 0);
    }

    /** As {@link #start(Path, boolean)}; a local broker listens on {@code kafkaPort} (0: any free port). */
    public static Infrastructure start(Mode mode, Path workDir, boolean withPostgres, Map<String, String> env,
            int kafkaPort) {
        return start(mode, workDir, true, withPostgres, env, kafkaPort);
    }

    /**
     * As {@link #start(Mode, Path, boolean, Map, int)}; without {@code withKafka} no broker is started and the
     * bootstrap address is a port nothing listens on: for a test of what a service does without its broker.
     */
    public static Infrastructure start(Mode mode, Path workDir, boolean withKafka, boolean withPostgres,
            Map<String, String> env, int kafkaPort) {
        Deque<AutoCloseable> closers = new ArrayDeque<>();
        try {
            String bootstrap;
            PostgresServer postgres = null;
            if (!withKafka) {
                bootstrap = "127.0.0.1:" + FreePorts.next();
                if (withPostgres) {
                    postgres = mode == Mode.CONTAINERS ? postgresContainer(closers)
                            : PostgresServer.fromEnvironmentOrEmbedded(env, workDir.resolve("postgres"));
                    closers.push(postgres);
                }
            } else if (mode == Mode.CONTAINERS) {
                KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.2");
                kafka.start();
                closers.push(kafka::stop);
                bootstrap = kafka.getBootstrapServers();
                if (withPostgres) {
                    postgres = postgresContainer(closers);
                }
            } else {
                LocalKafka kafka = LocalKafka.start(workDir.resolve("kafka"), kafkaPort);
                closers.push(kafka);
                bootstrap = kafka.bootstrapServers();
                if (withPostgres) {
                    postgres = PostgresServer.fromEnvironmentOrEmbedded(env, workDir.resolve("postgres"));
                    closers.push(postgres);
                }
            }
            String description = "infrastructure=" + mode.name().toLowerCase(Locale.ROOT)
                    + (!withKafka ? ": no Kafka (" + bootstrap + " is nobody's)"
                            : ": Kafka at " + bootstrap
                            + (mode == Mode.LOCAL ? " (KRaft broker in this JVM)" : " (Testcontainers apache/kafka)"))
                    + (postgres == null ? "" : "; " + postgres.description());
            LOG.info("Test and run infrastructure: {}", description);
            return new Infrastructure(bootstrap, postgres, description, closers);
        } catch (RuntimeException e) {
            closeAll(closers);
            throw e;
        }
    }

    private static PostgresServer postgresContainer(Deque<AutoCloseable> closers) {
        PostgreSQLContainer pg = new PostgreSQLContainer("postgres:16-alpine");
        pg.start();
        closers.push(pg::stop);
        return new PostgresServer(pg.getHost(), pg.getMappedPort(5432), pg.getUsername(),
                pg.getPassword(), "PostgreSQL container " + pg.getDockerImageName(), () -> { });
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    /** The database server, or {@code null} when started without one. */
    public PostgresServer postgres() {
        return postgres;
    }

    public String description() {
        return description;
    }

    @Override
    public void close() {
        closeAll(closers);
    }

    private static void closeAll(Deque<AutoCloseable> closers) {
        while (!closers.isEmpty()) {
            try {
                closers.pop().close();
            } catch (Exception e) {
                LOG.warn("Stopping infrastructure: {}", e.toString());
            }
        }
    }
}
