package dev.newspipe.infra;

import dev.newspipe.contract.Topics;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code ./pipeline up}: starts the whole pipeline on this machine, prints where everything is, and
 * stops all of it, services first, on Ctrl-C (or SIGTERM). Exits when any service dies.
 */
public final class PipelineUp {

    private PipelineUp() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> env = System.getenv();
        Path root = Path.of(env.getOrDefault("PIPELINE_ROOT", ".")).toAbsolutePath().normalize();
        Path workDir = root.resolve(env.getOrDefault("PIPELINE_DATA", ".pipeline"));
        // Generated at the first run, reused after: the keys are this machine's, never the repository's.
        Path credentialsFile = workDir.resolve("credentials");
        ApiCredentials credentials = ApiCredentials.loadOrCreate(credentialsFile);
        PipelineStack.Options options = new PipelineStack.Options(root, workDir, intEnv(env, "KAFKA_PORT", 9092),
                intEnv(env, "INGEST_PORT", 8080), intEnv(env, "ENRICH_PORT", 8081), intEnv(env, "STORE_PORT", 8082),
                intEnv(env, "PIPELINE_PARTITIONS", 3), PipelineStack.DATABASE, env, credentials);

        PipelineStack stack = PipelineStack.start(options);
        AtomicBoolean stopping = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            System.out.println("\nStopping the pipeline…");
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
                Ctrl-C stops everything.
                %n""",
                stack.service("ingest-service").baseUrl(), stack.service("enrich-service").baseUrl(),
                stack.service("store-service").baseUrl(), stack.kafkaBootstrapServers(), Topics.SUBMITTED,
                Topics.ENRICHED, stack.jdbcUrl(), stack.infrastructure().description(), workDir.resolve("logs"),
                credentialsFile, credentials.publisherKey(), credentials.readerKey(), relative(credentialsFile),
                ApiCredentials.READER_VARIABLE, stack.service("store-service").baseUrl());

        // Watch the services: if one dies, say which and bring the rest down rather than limp on.
        while (!stopping.get()) {
            for (ServiceProcess service : stack.services()) {
                if (!service.isAlive() && !stopping.get()) {
                    System.err.printf("%s exited with %d; last lines of %s:%n%s%n", service.name(),
                            service.exitValue(), service.logFile(), service.logTail(30));
                    System.exit(1);
                }
            }
            Thread.sleep(1000);
        }
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
