package dev.newspipe.infra;

import dev.newspipe.contract.Topics;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code ./pipeline up}: starts the whole pipeline on this machine, prints where everything is, keeps the services
 * running ({@link Supervisor}) and stops all of it, services first, on Ctrl-C (or SIGTERM), or when a service keeps
 * dying. A start after a launcher was killed stops what that one left running on the data directory.
 */
public final class PipelineUp {

    private PipelineUp() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> env = System.getenv();
        Path root = Path.of(env.getOrDefault("PIPELINE_ROOT", ".")).toAbsolutePath().normalize();
        Path workDir = root.resolve(env.getOrDefault("PIPELINE_DATA", ".pipeline"));
        try {
            LauncherLock.acquire(workDir);
        } catch (IllegalStateException running) {
            System.err.println(running.getMessage());
            System.exit(1);
        }
        // Nobody else holds the data: whatever still runs on it was left by a launcher that was killed. (Its embedded
        // PostgreSQL is found by PostgresServer, through postmaster.pid; the in-JVM broker died with it.)
        stopLeftoverServices(workDir);
        // Generated at the first run, reused after: the keys are this machine's, never the repository's.
        Path credentialsFile = workDir.resolve("credentials");
        ApiCredentials credentials = ApiCredentials.loadOrCreate(credentialsFile);
        PipelineStack.Options options = new PipelineStack.Options(root, workDir, intEnv(env, "KAFKA_PORT", 9092),
                intEnv(env, "INGEST_PORT", 8080), intEnv(env, "ENRICH_PORT", 8081), intEnv(env, "STORE_PORT", 8082),
                intEnv(env, "PIPELINE_PARTITIONS", 3), PipelineStack.DATABASE, env, credentials);

        PipelineStack stack = PipelineStack.start(options);
        RestartPolicy policy = RestartPolicy.ON_FAILURE;
        Supervisor supervisor = Supervisor.watch(stack.services(), policy, System.err);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the pipeline…");
            supervisor.close();
            stack.close();
        }, "pipeline-shutdown"));

        System.out.printf("""

                newspipe is up
                  ingest  POST %s/articles
                  enrich       %s/q/health
                  store   GET  %s/articles/{id}
                  Kafka        %s   topics %s → %s
                  PostgreSQL   %s
                  %s
                  logs         %s
                  API keys     %s (mode 600; the services hold only their SHA-256 digests)
                    publisher  %s   (POST /articles)
                    reader     %s   (every GET of the store)
                Try it:
                  source %s
                  curl -H "Authorization: ApiKey $%s" '%s/articles?limit=5'
                A service that exits is started again (after %s, doubling up to %s); after %d failures
                within %s the launcher gives up and stops everything. Ctrl-C stops everything.
                %n""",
                stack.service("ingest-service").baseUrl(), stack.service("enrich-service").baseUrl(),
                stack.service("store-service").baseUrl(), stack.kafkaBootstrapServers(), Topics.SUBMITTED,
                Topics.ENRICHED, stack.jdbcUrl(), stack.infrastructure().description(), workDir.resolve("logs"),
                credentialsFile, credentials.publisherKey(), credentials.readerKey(), relative(credentialsFile),
                ApiCredentials.READER_VARIABLE, stack.service("store-service").baseUrl(),
                seconds(policy.initialDelay()), seconds(policy.maxDelay()), policy.maxFailures(), seconds(policy.window()));

        String reason = supervisor.awaitGiveUp();
        System.err.printf("%n%s; stopping the pipeline.%n", reason);
        System.exit(1);
    }

    /** SIGTERM to each (Quarkus shuts down gracefully), SIGKILL to those still running after 20 s. */
    private static void stopLeftoverServices(Path workDir) throws InterruptedException {
        List<ProcessHandle> leftovers = PipelineStack.leftoverServices(workDir);
        for (ProcessHandle service : leftovers) {
            System.out.printf("Stopping %s (pid %d): a launcher that was killed left it running%n", serviceName(service),
                    service.pid());
            service.destroy();
        }
        for (ProcessHandle service : leftovers) {
            try {
                service.onExit().get(20, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                service.destroyForcibly();
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** The module of {@code <module>/target/quarkus-app/quarkus-run.jar} on the process's command line. */
    private static String serviceName(ProcessHandle process) {
        return process.info().arguments().stream().flatMap(Arrays::stream).filter(a -> a.endsWith("quarkus-run.jar"))
                .map(jar -> Path.of(jar).getParent().getParent().getParent().getFileName().toString())
                .findFirst().orElse("a service");
    }

    private static String seconds(Duration d) {
        return d.toSeconds() + " s";
    }

    private static String relative(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        return file.startsWith(cwd) ? cwd.relativize(file).toString() : file.toString();
    }

    private static int intEnv(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
}
