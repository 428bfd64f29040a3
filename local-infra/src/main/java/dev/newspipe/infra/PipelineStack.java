package dev.newspipe.infra;

import dev.newspipe.contract.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The whole pipeline on real infrastructure: Kafka, PostgreSQL and the three services as processes.
 * {@code ./pipeline up} runs it for people; the end-to-end tests run it for CI.
 */
public final class PipelineStack implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineStack.class);
    public static final String DATABASE = "newspipe";
    /**
     * How long a service may take to be ready: only a bound, since one that dies fails the wait at once. Generous,
     * because a Quarkus service starting on a busy 2-core machine has been seen to take more than 90 s.
     */
    static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
    /** On every service's command line: the work directory of the stack it belongs to (see {@link #leftoverServices}). */
    private static final String WORK_DIR_PROPERTY = "newspipe.pipeline.work-dir";

    /** ingest-service's database (its id registry) beside the store's {@code database}: {@code newspipe_ingest}. */
    public static String ingestDatabase(String database) {
        return database + "_ingest";
    }

    /** Drops the store's {@code database} and ingest's beside it, with their owner roles: a test's cleanup. */
    public static void dropDatabases(PostgresServer pg, String database) {
        pg.dropDatabase(database);
        pg.dropDatabase(ingestDatabase(database));
    }

    /**
     * @param root       the repository root (where the service modules are)
     * @param workDir    data and logs of this run
     * @param partitions partitions of each pipeline topic
     * @param credentials the API keys ingest and store accept (they get only the digests); keys listed in
     *                    {@code NEWSPIPE_AUTH_API_KEYS} of {@code environment} are accepted too
     */
    public record Options(Path root, Path workDir, int kafkaPort, int ingestPort, int enrichPort, int storePort,
            int partitions, String database, Map<String, String> environment, ApiCredentials credentials) {

        /** With a fresh pair of keys, for a run whose clients are in the same process (the tests). */
        public Options(Path root, Path workDir, int kafkaPort, int ingestPort, int enrichPort, int storePort,
                int partitions, String database, Map<String, String> environment) {
            this(root, workDir, kafkaPort, ingestPort, enrichPort, storePort, partitions, database, environment,
                    ApiCredentials.generate());
        }
    }

    private final Infrastructure infrastructure;
    private final String jdbcUrl;
    private final List<ServiceProcess> services;
    private final ApiCredentials credentials;

    private PipelineStack(Infrastructure infrastructure, String jdbcUrl, List<ServiceProcess> services,
            ApiCredentials credentials) {
        this.infrastructure = infrastructure;
        this.jdbcUrl = jdbcUrl;
        this.services = services;
        this.credentials = credentials;
    }

    public static PipelineStack start(Options options) {
        return start(options, Map.of());
    }

    /**
     * As {@link #start(Options)}, with {@code serviceEnvironment} added to the environment of all three services
     * (e.g. OTEL_EXPORTER_OTLP_ENDPOINT, to export their spans).
     */
    public static PipelineStack start(Options options, Map<String, String> serviceEnvironment) {
        Infrastructure infra = Infrastructure.start(Infrastructure.configuredMode(), options.workDir(), true,
                options.environment(), options.kafkaPort());
        try {
            PostgresServer pg = infra.postgres();
            String jdbcUrl = pg.jdbcUrl(options.database());
            LocalKafka.createTopics(infra.kafkaBootstrapServers(), List.of(Topics.SUBMITTED, Topics.ENRICHED),
                    options.partitions(), (short) 1);
            LocalKafka.createTopics(infra.kafkaBootstrapServers(), List.of(Topics.DLQ_ENRICH, Topics.DLQ_STORE), 1, (short) 1);

            Map<String, String> kafkaEnv = new HashMap<>(serviceEnvironment);
            kafkaEnv.put("KAFKA_BOOTSTRAP_SERVERS", infra.kafkaBootstrapServers());
            List<ServiceProcess> services = startServices(options, kafkaEnv, pg);
            return new PipelineStack(infra, jdbcUrl, services, options.credentials());
        } catch (RuntimeException e) {
            infra.close();
            throw e;
        }
    }

    /**
     * Starts store, enrich and ingest from their packaged jars, on the ports of {@code options} and with logs under
     * its work directory, against any broker ({@code kafkaEnv}: {@code KAFKA_BOOTSTRAP_SERVERS} and whatever other
     * Kafka client settings every channel needs) and {@code options.database()} (the store's) and
     * {@link #ingestDatabase} of it (ingest's id registry) on {@code pg}, each owned by a role of its own; waits until
     * all three are ready. For tests that bring their own broker: a cluster, or one they kill.
     */
    public static List<ServiceProcess> startServices(Options options, Map<String, String> kafkaEnv, PostgresServer pg) {
        List<ServiceProcess> started = new ArrayList<>();
        try {
            Path logs = options.workDir().resolve("logs");
            List<String> jvm = List.of("-Xmx512m", workDirTag(options.workDir()));

            String apiKeys = options.credentials().apiKeysConfig()
                    + Optional.ofNullable(options.environment().get(ApiCredentials.SERVICE_VARIABLE))
                            .filter(more -> !more.isBlank()).map(more -> "," + more).orElse("");

            Map<String, String> storeEnv = new HashMap<>(kafkaEnv);
            storeEnv.put(ApiCredentials.SERVICE_VARIABLE, apiKeys);
            storeEnv.putAll(pg.storeEnvironment(options.database()));
            started.add(ServiceProcess.start("store-service", options.root().resolve("store-service"),
                    options.storePort(), storeEnv, logs.resolve("store-service.log"), jvm));

            started.add(ServiceProcess.start("enrich-service", options.root().resolve("enrich-service"),
                    options.enrichPort(), kafkaEnv, logs.resolve("enrich-service.log"), jvm));

            Map<String, String> ingestEnv = new HashMap<>(kafkaEnv);
            ingestEnv.put(ApiCredentials.SERVICE_VARIABLE, apiKeys);
            ingestEnv.putAll(pg.datasourceEnvironment(ingestDatabase(options.database())));
            ingestEnv.put("INGEST_ARTICLE_LOCATION_BASE", "http://localhost:" + options.storePort() + "/articles/");
            // Rate limits from the options' environment too, not only from this JVM's: a benchmark raises them.
            for (String limit : List.of("NEWSPIPE_RATE_LIMIT_PER_SECOND", "NEWSPIPE_RATE_LIMIT_BURST")) {
                Optional.ofNullable(options.environment().get(limit)).ifPresent(value -> ingestEnv.put(limit, value));
            }
            started.add(ServiceProcess.start("ingest-service", options.root().resolve("ingest-service"),
                    options.ingestPort(), ingestEnv, logs.resolve("ingest-service.log"), jvm));

            for (ServiceProcess service : started) {
                service.awaitReady(READY_TIMEOUT);
            }
            return started;
        } catch (RuntimeException e) {
            stopAll(started);
            throw e;
        }
    }

    private static String workDirTag(Path workDir) {
        return "-D" + WORK_DIR_PROPERTY + "=" + workDir.toAbsolutePath().normalize();
    }

    /**
     * Service processes of a stack on {@code workDir} that are still running, other than this JVM's own: what a
     * launcher killed with SIGKILL leaves behind, since child processes outlive their parent. Found by the work
     * directory on their command line, so a process that merely got a recycled pid is never taken for one.
     */
    public static List<ProcessHandle> leftoverServices(Path workDir) {
        String tag = workDirTag(workDir);
        Set<Long> ours = ProcessHandle.current().descendants().map(ProcessHandle::pid).collect(Collectors.toSet());
        return ProcessHandle.allProcesses()
                .filter(p -> !ours.contains(p.pid()))
                .filter(p -> p.info().arguments().map(args -> Arrays.asList(args).contains(tag)).orElse(false))
                .toList();
    }

    public Infrastructure infrastructure() {
        return infrastructure;
    }

    public String kafkaBootstrapServers() {
        return infrastructure.kafkaBootstrapServers();
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** The keys the services accept: publisher for ingest, reader for store. */
    public ApiCredentials credentials() {
        return credentials;
    }

    public List<ServiceProcess> services() {
        return services;
    }

    public ServiceProcess service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No service " + name));
    }

    /** Services first, so that none of them sees its broker or database vanish, then the infrastructure. */
    @Override
    public void close() {
        stopAll(services);
        infrastructure.close();
        LOG.info("Pipeline stopped");
    }

    private static void stopAll(List<ServiceProcess> services) {
        // Ingest first: it stops taking articles before the stages behind it stop.
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).close();
        }
    }
}
