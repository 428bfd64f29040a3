package dev.newspipe.e2e;

import dev.newspipe.contract.Topics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Keeps docker-compose.yml honest without Docker: parses it and each service's application.properties (the source
 * of truth) and reports every place where the two disagree. Each check returns the list of disagreements, so that
 * {@link TheChecksCanFail} can show, on mutated copies, that they do catch one.
 */
class ComposeConfigurationTest {

    static final List<String> SERVICES = List.of("ingest-service", "enrich-service", "store-service");
    static final String KAFKA_INIT = "kafka-init";
    static final int PIPELINE_TOPIC_PARTITIONS = 3;

    static final String PROMETHEUS_CONFIG = "/etc/prometheus/prometheus.yml";
    static final String OBSERVABILITY_DEFAULTS = "observability/src/main/resources/META-INF/microprofile-config.properties";

    static Path root;
    static Map<String, Properties> properties;

    @BeforeAll
    static void load() {
        root = repositoryRoot();
        properties = new LinkedHashMap<>();
        for (String service : SERVICES) {
            // What the service runs with: the shared observability defaults, overridden by its own file.
            Properties effective = loadProperties(root.resolve(OBSERVABILITY_DEFAULTS));
            effective.putAll(loadProperties(root.resolve(service).resolve("src/main/resources/application.properties")));
            properties.put(service, effective);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // The checks against the real files.
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void eachServiceIsBuiltFromItsOwnModulesDockerfile() {
        assertAgrees(Checks.builds(root, compose(), properties));
    }

    @Test
    void eachServicePublishesAndHealthchecksItsHttpPort() {
        assertAgrees(Checks.portsAndHealthchecks(compose(), properties));
    }

    @Test
    void eachServiceBootstrapsFromKafkasInternalListener() {
        assertAgrees(Checks.kafkaListeners(compose()));
    }

    @Test
    void kafkaInitCreatesEveryTopicTheServicesName() {
        assertAgrees(Checks.topics(compose(), properties));
    }

    @Test
    void storeAndIngestUseThePostgresServiceEachAsItsOwnRole() {
        assertAgrees(Checks.datasource(compose(), properties));
    }

    @Test
    void ingestLocationBasePointsAtStoreServicesPublishedPort() {
        assertAgrees(Checks.locationBase(compose(), properties));
    }

    @Test
    void startOrderIsEnforcedByDependsOnConditions() {
        assertAgrees(Checks.startOrder(compose()));
    }

    @Test
    void prometheusScrapesEachServicesMetricsEndpoint() {
        assertAgrees(Checks.prometheusTargets(Checks.prometheusConfig(root, compose()), properties));
    }

    /** Prometheus's own check of the file compose mounts (promtool, from Debian's package that .ci/run installs). */
    @Test
    void prometheusAcceptsItsConfiguration() throws Exception {
        Optional<Path> promtool = Executables.onPath("promtool");
        assumeTrue(promtool.isPresent(), "no promtool on the PATH (.ci/run installs Debian's package 'prometheus')");
        Path config = Checks.prometheusConfigFile(root, compose());
        Process check = new ProcessBuilder(promtool.get().toString(), "check", "config", config.toString())
                .redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, check.waitFor(), output);
    }

    @Test
    void grafanaIsProvisionedWithThePrometheusServiceAndTheDashboard() {
        assertAgrees(Checks.grafana(root, compose()));
    }

    // ---------------------------------------------------------------------------------------------------------
    // The same checks on mutated copies: each must report the disagreement it was given.
    // ---------------------------------------------------------------------------------------------------------

    @Nested
    class TheChecksCanFail {

        @Test
        void aChangedPublishedPortIsReported() {
            Map<String, Object> compose = compose();
            Checks.service(compose, "ingest-service").put("ports", new ArrayList<>(List.of("18080:18080")));
            assertReported(Checks.portsAndHealthchecks(compose, properties), "ingest-service", "8080");
        }

        @Test
        void aHealthcheckOnAnotherPortIsReported() {
            Map<String, Object> compose = compose();
            Checks.service(compose, "enrich-service").put("healthcheck",
                    new LinkedHashMap<>(Map.of("test", List.of("CMD", "curl", "-f", "http://localhost:8080/q/health/ready"))));
            assertReported(Checks.portsAndHealthchecks(compose, properties), "enrich-service", "healthcheck");
        }

        @Test
        void aBootstrapServerThatIsNotTheInternalListenerIsReported() {
            Map<String, Object> compose = compose();
            Checks.env(Checks.service(compose, "store-service")).put("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092");
            assertReported(Checks.kafkaListeners(compose), "store-service", "KAFKA_BOOTSTRAP_SERVERS");
        }

        @Test
        void aTopicThatKafkaInitDoesNotCreateIsReported() {
            Map<String, Object> compose = compose();
            Map<String, Object> init = Checks.service(compose, KAFKA_INIT);
            init.put("command", Checks.text(init.get("command")).replace(Topics.ENRICHED, "news.articles.renamed"));
            assertReported(Checks.topics(compose, properties), Topics.ENRICHED, KAFKA_INIT);
        }

        @Test
        void aDatabasePasswordThatPostgresDoesNotHaveIsReported() {
            Map<String, Object> compose = compose();
            Checks.env(Checks.service(compose, "postgres")).put("NEWSPIPE_DB_PASSWORD", "${OTHER_PASSWORD}");
            assertReported(Checks.datasource(compose, properties), "password");
        }

        @Test
        void aStoreConnectingAsTheAdministratorIsReported() {
            Map<String, Object> compose = compose();
            Checks.env(Checks.service(compose, "store-service")).put("QUARKUS_DATASOURCE_USERNAME", "postgres");
            assertReported(Checks.datasource(compose, properties), "administrator");
        }

        @Test
        void aCommittedPasswordIsReported() {
            Map<String, Object> compose = compose();
            Checks.env(Checks.service(compose, "store-service")).put("QUARKUS_DATASOURCE_PASSWORD", "newspipe");
            assertReported(Checks.datasource(compose, properties), "literal");
        }

        @Test
        void anIngestWithoutItsRegistryDatabaseIsReported() {
            Map<String, Object> compose = compose();
            Checks.env(Checks.service(compose, "ingest-service")).remove("QUARKUS_DATASOURCE_JDBC_URL");
            assertReported(Checks.datasource(compose, properties), "ingest-service", "localhost");
        }

        @Test
        void anIngestUsingTheStoresRoleIsReported() {
            Map<String, Object> compose = compose();
            Checks.env(Checks.service(compose, "ingest-service")).put("QUARKUS_DATASOURCE_USERNAME", "newspipe");
            assertReported(Checks.datasource(compose, properties), "ingest-service", "owner");
        }

        @Test
        void anIngestThatDoesNotWaitForPostgresIsReported() {
            Map<String, Object> compose = compose();
            @SuppressWarnings("unchecked")
            Map<String, Object> deps = (Map<String, Object>) Checks.service(compose, "ingest-service").get("depends_on");
            deps.remove("postgres");
            assertReported(Checks.startOrder(compose), "ingest-service", "postgres");
        }

        @Test
        void aLocationBaseOnTheWrongPortIsReported() {
            Map<String, Object> compose = compose();
            Checks.env(Checks.service(compose, "ingest-service"))
                    .put("INGEST_ARTICLE_LOCATION_BASE", "http://localhost:8080/articles/");
            assertReported(Checks.locationBase(compose, properties), "INGEST_ARTICLE_LOCATION_BASE", "8082");
        }

        @Test
        void aMissingDependencyIsReported() {
            Map<String, Object> compose = compose();
            Checks.service(compose, "store-service").remove("depends_on");
            assertReported(Checks.startOrder(compose), "store-service", "postgres");
        }

        @Test
        void aDockerfileThatExposesAnotherPortOrRunsAsRootIsReported() {
            String dockerfile = """
                    FROM registry.access.redhat.com/ubi9/openjdk-17-runtime:1.24
                    COPY target/quarkus-app/lib/ /deployments/lib/
                    EXPOSE 9999
                    USER root
                    """;
            List<String> problems = Checks.dockerfile("ingest-service", Path.of("Dockerfile.jvm"), dockerfile, 8080);
            assertReported(problems, "EXPOSE", "8080");
            assertReported(problems, "root");
            assertReported(problems, "target/quarkus-app/quarkus/");
        }

        @Test
        void aScrapeTargetOnAnotherPortIsReported() {
            Map<String, Object> config = Checks.prometheusConfig(root, compose());
            Checks.scrapeJob(config, "enrich-service").put("static_configs",
                    new ArrayList<>(List.of(new LinkedHashMap<>(Map.of("targets", new ArrayList<>(List.of("enrich-service:8080")))))));
            assertReported(Checks.prometheusTargets(config, properties), "enrich-service", "8081");
        }

        @Test
        void aScrapeOfTheWrongPathIsReported() {
            Map<String, Object> config = Checks.prometheusConfig(root, compose());
            Checks.scrapeJob(config, "store-service").put("metrics_path", "/metrics");
            assertReported(Checks.prometheusTargets(config, properties), "store-service", "/q/metrics");
        }

        private void assertReported(List<String> problems, String... mentions) {
            assertFalse(problems.isEmpty(), "the mutation went unnoticed");
            assertTrue(problems.stream().anyMatch(p -> List.of(mentions).stream().allMatch(p::contains)),
                    () -> "no disagreement mentions " + List.of(mentions) + "; reported: " + problems);
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    /** A fresh, mutable parse of docker-compose.yml: each caller may change its copy. */
    static Map<String, Object> compose() {
        return Checks.yaml(root.resolve("docker-compose.yml"));
    }

    static void assertAgrees(List<String> problems) {
        assertTrue(problems.isEmpty(),
                () -> "docker-compose.yml disagrees with the services:\n  - " + String.join("\n  - ", problems));
    }

    static Properties loadProperties(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return properties;
    }

    /** The system property newspipe.root (set by the pom), else the nearest ancestor of the working directory with a docker-compose.yml. */
    static Path repositoryRoot() {
        String configured = System.getProperty("newspipe.root");
        if (configured != null && !configured.isBlank() && Files.isRegularFile(Path.of(configured, "docker-compose.yml"))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docker-compose.yml"))) {
                return dir.normalize();
            }
        }
        throw new IllegalStateException("no docker-compose.yml in newspipe.root (" + configured + ") nor above "
                + Path.of("").toAbsolutePath());
    }

    /** The checks. Each returns what disagrees, as sentences naming both sides; empty when all agree. */
    static final class Checks {

        private static final Pattern HEALTH_URL = Pattern.compile("https?://(?:localhost|127\\.0\\.0\\.1)(?::(\\d+))?/q/health/ready\\b");
        private static final Pattern LISTENER = Pattern.compile("\\s*([A-Za-z0-9_]+)://([^:,\\s]*):(\\d+)\\s*");
        /** A channel's topic, a connector dead-letter topic, or a stage's own (enrich.dead-letter-topic). */
        private static final Pattern TOPIC_KEY = Pattern.compile(
                "mp\\.messaging\\.(?:incoming|outgoing)\\.[^.]+\\.(?:dead-letter-queue\\.)?topic|[a-z]+\\.dead-letter-topic");
        /** A login role of the init script, without administrative rights, and the psql variable of its password. */
        private static final Pattern OWNER_ROLE = Pattern.compile("create role (\\w+) login nosuperuser[^;]*password :'(\\w+)'");
        /** A psql variable set from an environment variable: {@code -v owner_password="$NEWSPIPE_DB_PASSWORD"}. */
        private static final Pattern PSQL_VARIABLE = Pattern.compile("-v (\\w+)=\"\\$(\\w+)\"");
        private static final Pattern OWNED_DATABASE = Pattern.compile("create database (\\w+) owner (\\w+)");
        private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?/([^?]+)(?:\\?.*)?");

        private Checks() {
        }

        static List<String> builds(Path root, Map<String, Object> compose, Map<String, Properties> properties) {
            List<String> problems = new ArrayList<>();
            for (String name : SERVICES) {
                Map<String, Object> service = service(compose, name);
                if (service == null) {
                    problems.add(name + ": no such service in docker-compose.yml");
                    continue;
                }
                String appName = properties.get(name).getProperty("quarkus.application.name");
                if (!name.equals(appName)) {
                    problems.add(name + ": the compose service is named differently from quarkus.application.name=" + appName);
                }
                if (!(service.get("build") instanceof Map<?, ?> build)) {
                    problems.add(name + ": has no build: {context, dockerfile} (got build=" + service.get("build") + ")");
                    continue;
                }
                Path module = root.resolve(name).normalize();
                Path context = root.resolve(String.valueOf(build.get("context"))).normalize();
                if (!context.equals(module)) {
                    problems.add(name + ": build context " + build.get("context") + " is not its module ./" + name
                            + " (the Dockerfile copies target/quarkus-app/ relative to the context)");
                }
                Object dockerfileName = build.get("dockerfile") == null ? "Dockerfile" : build.get("dockerfile");
                Path dockerfile = context.resolve(String.valueOf(dockerfileName)).normalize();
                if (!dockerfile.equals(module.resolve("src/main/docker/Dockerfile.jvm"))) {
                    problems.add(name + ": built from " + root.relativize(dockerfile) + ", not from its module's "
                            + name + "/src/main/docker/Dockerfile.jvm");
                }
                if (!Files.isRegularFile(dockerfile)) {
                    problems.add(name + ": Dockerfile " + root.relativize(dockerfile) + " does not exist");
                    continue;
                }
                problems.addAll(dockerfile(name, root.relativize(dockerfile), read(dockerfile), httpPort(name, properties)));
            }
            return problems;
        }

        /** A Dockerfile exposes the service's port, runs as non-root and copies the fast-jar the Quarkus way. */
        static List<String> dockerfile(String name, Path path, String text, int port) {
            List<String> problems = new ArrayList<>();
            Set<Integer> exposed = new TreeSet<>();
            String user = null;
            for (String line : text.split("\\R")) {
                String[] words = line.trim().split("\\s+");
                if (words[0].equalsIgnoreCase("EXPOSE")) {
                    for (int i = 1; i < words.length; i++) {
                        String number = words[i].replaceAll("/.*", "");
                        if (number.matches("\\d+")) {
                            exposed.add(Integer.parseInt(number));
                        }
                    }
                } else if (words[0].equalsIgnoreCase("USER") && words.length > 1) {
                    user = words[1];
                }
            }
            if (!exposed.contains(port)) {
                problems.add(name + ": " + path + " has EXPOSE " + exposed + ", not quarkus.http.port " + port);
            }
            if (user == null || user.equals("root") || user.equals("0") || user.startsWith("0:") || user.startsWith("root:")) {
                problems.add(name + ": " + path + " runs as " + (user == null ? "the base image's user (no USER)" : "USER " + user)
                        + "; it must name a non-root user");
            }
            for (String part : List.of("target/quarkus-app/lib/", "target/quarkus-app/*.jar", "target/quarkus-app/app/",
                    "target/quarkus-app/quarkus/")) {
                if (!text.contains(part)) {
                    problems.add(name + ": " + path + " does not COPY " + part + " (the Quarkus fast-jar layout)");
                }
            }
            return problems;
        }

        static List<String> portsAndHealthchecks(Map<String, Object> compose, Map<String, Properties> properties) {
            List<String> problems = new ArrayList<>();
            for (String name : SERVICES) {
                Map<String, Object> service = service(compose, name);
                if (service == null) {
                    problems.add(name + ": no such service in docker-compose.yml");
                    continue;
                }
                int port = httpPort(name, properties);
                List<int[]> ports = ports(service);
                if (ports.stream().noneMatch(p -> p[0] == port && p[1] == port)) {
                    problems.add(name + ": ports " + service.get("ports") + " do not publish quarkus.http.port " + port
                            + " as " + port + ":" + port);
                }
                String override = env(service).get("QUARKUS_HTTP_PORT");
                if (override != null && !override.equals(String.valueOf(port))) {
                    problems.add(name + ": QUARKUS_HTTP_PORT=" + override + " overrides quarkus.http.port " + port);
                }
                String test = healthcheckTest(service);
                Matcher url = HEALTH_URL.matcher(test);
                if (!url.find()) {
                    problems.add(name + ": healthcheck '" + test + "' does not request http://localhost:" + port + "/q/health/ready");
                } else if (!String.valueOf(port).equals(url.group(1) == null ? "80" : url.group(1))) {
                    problems.add(name + ": healthcheck requests " + url.group() + ", not quarkus.http.port " + port);
                }
            }
            return problems;
        }

        static List<String> kafkaListeners(Map<String, Object> compose) {
            List<String> problems = new ArrayList<>();
            String kafkaName = kafkaService(compose);
            if (kafkaName == null) {
                return List.of("no service with KAFKA_ADVERTISED_LISTENERS in docker-compose.yml");
            }
            Map<String, Object> kafka = service(compose, kafkaName);
            Map<String, String> kafkaEnv = env(kafka);
            Map<String, String[]> advertised = listeners(kafkaEnv.get("KAFKA_ADVERTISED_LISTENERS"));
            Map<String, String[]> bound = listeners(kafkaEnv.get("KAFKA_LISTENERS"));
            Set<String> hostnames = new LinkedHashSet<>(List.of(kafkaName));
            if (kafka.get("hostname") != null) {
                hostnames.add(String.valueOf(kafka.get("hostname")));
            }

            String internal = null;
            for (Map.Entry<String, String[]> listener : advertised.entrySet()) {
                String host = listener.getValue()[0];
                int advertisedPort = Integer.parseInt(listener.getValue()[1]);
                String[] local = bound.get(listener.getKey());
                if (local == null) {
                    problems.add(kafkaName + ": advertised listener " + listener.getKey() + " is not in KAFKA_LISTENERS "
                            + kafkaEnv.get("KAFKA_LISTENERS"));
                    continue;
                }
                int localPort = Integer.parseInt(local[1]);
                if (hostnames.contains(host)) {
                    internal = host + ":" + advertisedPort;
                    if (localPort != advertisedPort) {
                        problems.add(kafkaName + ": internal listener " + listener.getKey() + " is advertised on port "
                                + advertisedPort + " but bound to " + localPort);
                    }
                } else if (host.equals("localhost") || host.equals("127.0.0.1")) {
                    if (ports(kafka).stream().noneMatch(p -> p[0] == advertisedPort && p[1] == localPort)) {
                        problems.add(kafkaName + ": host listener " + host + ":" + advertisedPort + " is not published as "
                                + advertisedPort + ":" + localPort + " (ports " + kafka.get("ports") + ")");
                    }
                }
            }
            if (internal == null) {
                problems.add(kafkaName + ": KAFKA_ADVERTISED_LISTENERS " + kafkaEnv.get("KAFKA_ADVERTISED_LISTENERS")
                        + " has no listener on the service's own name " + hostnames + " for the other containers");
                return problems;
            }
            for (String name : SERVICES) {
                Map<String, Object> service = service(compose, name);
                String bootstrap = service == null ? null : env(service).get("KAFKA_BOOTSTRAP_SERVERS");
                if (bootstrap == null) {
                    problems.add(name + ": no KAFKA_BOOTSTRAP_SERVERS (the default localhost:9092 is the container itself)");
                } else if (!List.of(bootstrap.split("\\s*,\\s*")).stream().allMatch(internal::equals)) {
                    problems.add(name + ": KAFKA_BOOTSTRAP_SERVERS=" + bootstrap + " is not the kafka service's internal listener "
                            + internal + " of KAFKA_ADVERTISED_LISTENERS");
                }
            }
            Map<String, Object> init = service(compose, KAFKA_INIT);
            if (init != null) {
                Matcher m = Pattern.compile("--bootstrap-server[ =](\\S+)").matcher(text(init.get("command")));
                while (m.find()) {
                    if (!m.group(1).equals(internal)) {
                        problems.add(KAFKA_INIT + ": --bootstrap-server " + m.group(1) + " is not the internal listener " + internal);
                    }
                }
            }
            return problems;
        }

        static List<String> topics(Map<String, Object> compose, Map<String, Properties> properties) {
            List<String> problems = new ArrayList<>();
            Set<String> named = new TreeSet<>();
            for (String name : SERVICES) {
                properties.get(name).stringPropertyNames().stream()
                        .filter(key -> TOPIC_KEY.matcher(key).matches())
                        .forEach(key -> named.add(properties.get(name).getProperty(key).trim()));
            }
            Set<String> contract = new TreeSet<>(List.of(Topics.SUBMITTED, Topics.ENRICHED, Topics.DLQ_ENRICH, Topics.DLQ_STORE));
            if (!named.equals(contract)) {
                problems.add("the services' mp.messaging.*.topic values " + named + " are not the contract's Topics " + contract);
            }
            Map<String, Object> init = service(compose, KAFKA_INIT);
            if (init == null) {
                problems.add("no " + KAFKA_INIT + " service in docker-compose.yml");
                return problems;
            }
            Map<String, Integer> created = createdTopics(text(init.get("command")));
            for (String topic : named) {
                Integer partitions = created.get(topic);
                if (!created.containsKey(topic)) {
                    problems.add("topic " + topic + " (named in the services' properties) is not created by " + KAFKA_INIT
                            + ", which creates " + created.keySet());
                } else if (isPipelineTopic(topic) && (partitions == null || partitions != PIPELINE_TOPIC_PARTITIONS)) {
                    problems.add(KAFKA_INIT + " creates " + topic + " with --partitions " + partitions + ", not "
                            + PIPELINE_TOPIC_PARTITIONS);
                }
            }
            return problems;
        }

        /** The topics the stages hand articles over on (the dead-letter topics need no parallelism). */
        static boolean isPipelineTopic(String topic) {
            return topic.equals(Topics.SUBMITTED) || topic.equals(Topics.ENRICHED);
        }

        /** The services with a database of their own: the store (articles) and ingest (its id registry). */
        static final List<String> DATASOURCE_SERVICES = List.of("store-service", "ingest-service");

        static List<String> datasource(Map<String, Object> compose, Map<String, Properties> properties) {
            List<String> problems = new ArrayList<>();
            for (String name : DATASOURCE_SERVICES) {
                problems.addAll(datasource(compose, properties, name));
            }
            return problems;
        }

        /**
         * {@code name} connects to the postgres service, to a database that the init script creates and gives to a
         * role of its own (no superuser), as that role, with the password the postgres service hands the init script
         * for that role, taken from .env: never as the administrator, never with a literal.
         */
        static List<String> datasource(Map<String, Object> compose, Map<String, Properties> properties, String name) {
            List<String> problems = new ArrayList<>();
            Map<String, Object> service = service(compose, name);
            if (service == null) {
                return List.of(name + ": no such service in docker-compose.yml");
            }
            Properties props = properties.get(name);
            Map<String, String> env = env(service);
            String url = effective(env, props, "QUARKUS_DATASOURCE_JDBC_URL", "quarkus.datasource.jdbc.url");
            String user = effective(env, props, "QUARKUS_DATASOURCE_USERNAME", "quarkus.datasource.username");
            String password = effective(env, props, "QUARKUS_DATASOURCE_PASSWORD", "quarkus.datasource.password");
            Matcher m = url == null ? null : JDBC_URL.matcher(url);
            if (m == null || !m.matches()) {
                return List.of(name + ": QUARKUS_DATASOURCE_JDBC_URL " + url + " is not a jdbc:postgresql://host[:port]/db URL");
            }
            String host = m.group(1);
            int port = m.group(2) == null ? 5432 : Integer.parseInt(m.group(2));
            String database = m.group(3);
            Map<String, Object> postgres = service(compose, host);
            if (postgres == null || !String.valueOf(postgres.get("image")).startsWith("postgres")) {
                return List.of(name + ": QUARKUS_DATASOURCE_JDBC_URL " + url + " names host " + host
                        + ", which is not a postgres service of docker-compose.yml");
            }
            Map<String, String> pg = env(postgres);
            int pgPort = Integer.parseInt(pg.getOrDefault("PGPORT", "5432"));
            if (port != pgPort) {
                problems.add(name + ": QUARKUS_DATASOURCE_JDBC_URL port " + port + " is not " + host + "'s port " + pgPort);
            }
            String pgUser = pg.getOrDefault("POSTGRES_USER", "postgres");
            String init = initScripts(postgres);
            Map<String, String> owners = new LinkedHashMap<>();
            for (Matcher db = OWNED_DATABASE.matcher(init); db.find(); ) {
                owners.put(db.group(1), db.group(2));
            }
            Map<String, String> rolePasswordVariables = new LinkedHashMap<>();
            for (Matcher role = OWNER_ROLE.matcher(init); role.find(); ) {
                rolePasswordVariables.put(role.group(1), role.group(2));
            }
            Map<String, String> psqlVariables = new LinkedHashMap<>();
            for (Matcher v = PSQL_VARIABLE.matcher(init); v.find(); ) {
                psqlVariables.put(v.group(1), v.group(2));
            }
            if (!owners.containsKey(database)) {
                return List.of(name + ": database " + database + " is not created by " + host + "'s init script, which "
                        + "creates " + owners.keySet());
            }
            if (!owners.get(database).equals(user)) {
                problems.add(name + ": database " + database + " as " + user + ", but " + host + "'s init script makes "
                        + owners.get(database) + " its owner");
            }
            if (!rolePasswordVariables.containsKey(user)) {
                problems.add(name + ": user QUARKUS_DATASOURCE_USERNAME=" + user + " is not a role that " + host
                        + "'s init script creates (login nosuperuser ... password), which creates " + rolePasswordVariables.keySet());
            } else {
                String environmentVariable = psqlVariables.get(rolePasswordVariables.get(user));
                String handed = environmentVariable == null ? null : pg.get(environmentVariable);
                if (!String.valueOf(handed).equals(password)) {
                    problems.add(name + ": password QUARKUS_DATASOURCE_PASSWORD=" + password + " is not the " + environmentVariable
                            + " " + handed + " that " + host + " gives its init script for role " + user);
                }
            }
            if (user.equals(pgUser)) {
                problems.add(name + ": connects as " + host + "'s administrator " + pgUser + ", not as its own role");
            }
            if (password == null || !password.startsWith("${")) {
                problems.add(name + ": QUARKUS_DATASOURCE_PASSWORD is a literal in docker-compose.yml, not a variable from .env");
            }
            return problems;
        }

        /** The text of the files a postgres service mounts into /docker-entrypoint-initdb.d. */
        static String initScripts(Map<String, Object> postgres) {
            StringBuilder text = new StringBuilder();
            Object volumes = postgres.get("volumes");
            if (volumes instanceof List<?> list) {
                for (Object volume : list) {
                    String[] parts = String.valueOf(volume).split(":");
                    if (parts.length >= 2 && parts[1].startsWith("/docker-entrypoint-initdb.d") && parts[0].startsWith("./")) {
                        text.append(read(root.resolve(parts[0].substring(2)))).append('\n');
                    }
                }
            }
            return text.toString();
        }

        static List<String> locationBase(Map<String, Object> compose, Map<String, Properties> properties) {
            Map<String, Object> ingest = service(compose, "ingest-service");
            Map<String, Object> store = service(compose, "store-service");
            if (ingest == null || store == null) {
                return List.of("ingest-service or store-service is missing from docker-compose.yml");
            }
            Properties props = properties.get("ingest-service");
            String base = effective(env(ingest), props, "INGEST_ARTICLE_LOCATION_BASE", "ingest.article-location-base");
            String defaultBase = props.getProperty("ingest.article-location-base");
            int storePort = httpPort("store-service", properties);
            List<Integer> published = ports(store).stream().filter(p -> p[1] == storePort).map(p -> p[0]).toList();
            if (base == null) {
                return List.of("ingest-service: no INGEST_ARTICLE_LOCATION_BASE and no ingest.article-location-base");
            }
            URI uri = URI.create(base);
            List<String> problems = new ArrayList<>();
            if (!published.contains(uri.getPort())) {
                problems.add("ingest-service: INGEST_ARTICLE_LOCATION_BASE=" + base + " is not on store-service's published port "
                        + (published.isEmpty() ? "(none for " + storePort + ")" : published.get(0)));
            }
            if (!"localhost".equals(uri.getHost()) && !"127.0.0.1".equals(uri.getHost())) {
                problems.add("ingest-service: INGEST_ARTICLE_LOCATION_BASE=" + base
                        + " is not on localhost, where the caller reaches store-service's published port");
            }
            if (defaultBase != null && !URI.create(defaultBase).getPath().equals(uri.getPath())) {
                problems.add("ingest-service: INGEST_ARTICLE_LOCATION_BASE path " + uri.getPath()
                        + " is not that of ingest.article-location-base " + defaultBase);
            }
            return problems;
        }

        static List<String> startOrder(Map<String, Object> compose) {
            List<String> problems = new ArrayList<>();
            String kafkaName = kafkaService(compose);
            String postgresName = services(compose).entrySet().stream()
                    .filter(e -> e.getValue() instanceof Map<?, ?> s && String.valueOf(s.get("image")).startsWith("postgres"))
                    .map(Map.Entry::getKey).findFirst().orElse("postgres");
            Map<String, String> initDeps = dependsOn(service(compose, KAFKA_INIT));
            if (!"service_healthy".equals(initDeps.get(kafkaName))) {
                problems.add(KAFKA_INIT + ": does not depend on " + kafkaName + " with condition service_healthy (has " + initDeps + ")");
            }
            for (String name : SERVICES) {
                Map<String, String> deps = dependsOn(service(compose, name));
                if (!"service_completed_successfully".equals(deps.get(KAFKA_INIT)) && !"service_healthy".equals(deps.get(kafkaName))) {
                    problems.add(name + ": depends on neither " + KAFKA_INIT + " (service_completed_successfully) nor "
                            + kafkaName + " (service_healthy); has " + deps);
                }
            }
            for (String name : DATASOURCE_SERVICES) {
                Map<String, String> deps = dependsOn(service(compose, name));
                if (!"service_healthy".equals(deps.get(postgresName))) {
                    problems.add(name + ": does not depend on " + postgresName + " with condition service_healthy (has " + deps + ")");
                }
            }
            Map<String, String> ingestDeps = dependsOn(service(compose, "ingest-service"));
            if (!"service_healthy".equals(ingestDeps.get("store-service"))) {
                problems.add("ingest-service: does not depend on store-service (service_healthy), the target of its Location headers (has "
                        + ingestDeps + ")");
            }
            // A service_healthy condition on a service without a healthcheck never holds: compose refuses to start.
            for (Map.Entry<String, Object> entry : services(compose).entrySet()) {
                @SuppressWarnings("unchecked")
                Map<String, String> deps = dependsOn((Map<String, Object>) entry.getValue());
                deps.forEach((target, condition) -> {
                    Map<String, Object> dependency = service(compose, target);
                    if (dependency == null) {
                        problems.add(entry.getKey() + ": depends on " + target + ", which is not a service");
                    } else if ("service_healthy".equals(condition) && !(dependency.get("healthcheck") instanceof Map)) {
                        problems.add(entry.getKey() + ": waits for " + target + " to be healthy, but " + target + " has no healthcheck");
                    }
                });
            }
            return problems;
        }

        /** The Prometheus configuration file the prometheus service mounts, parsed. */
        static Map<String, Object> prometheusConfig(Path root, Map<String, Object> compose) {
            return yaml(prometheusConfigFile(root, compose));
        }

        /** The file of the repository that the prom/prometheus service mounts as its configuration. */
        static Path prometheusConfigFile(Path root, Map<String, Object> compose) {
            Map<String, Object> prometheus = services(compose).entrySet().stream()
                    .filter(e -> e.getValue() instanceof Map<?, ?> s && String.valueOf(s.get("image")).startsWith("prom/prometheus"))
                    .map(e -> service(compose, e.getKey())).findFirst()
                    .orElseThrow(() -> new AssertionError("no prom/prometheus service in docker-compose.yml"));
            return mountedFile(root, prometheus, PROMETHEUS_CONFIG);
        }

        /** Every service has a scrape job whose target is service:quarkus.http.port and whose path is its metrics path. */
        static List<String> prometheusTargets(Map<String, Object> config, Map<String, Properties> properties) {
            List<String> problems = new ArrayList<>();
            for (String name : SERVICES) {
                Map<String, Object> job = scrapeJob(config, name);
                if (job == null) {
                    problems.add(name + ": Prometheus has no scrape job " + name);
                    continue;
                }
                String expectedTarget = name + ":" + httpPort(name, properties);
                List<String> targets = new ArrayList<>();
                if (job.get("static_configs") instanceof List<?> statics) {
                    for (Object item : statics) {
                        if (item instanceof Map<?, ?> st && st.get("targets") instanceof List<?> list) {
                            list.forEach(t -> targets.add(String.valueOf(t)));
                        }
                    }
                }
                if (!targets.equals(List.of(expectedTarget))) {
                    problems.add(name + ": Prometheus scrapes " + targets + ", not " + expectedTarget + " (quarkus.http.port)");
                }
                String path = properties.get(name).getProperty("quarkus.micrometer.export.prometheus.path", "/q/metrics");
                Object scraped = job.getOrDefault("metrics_path", "/metrics");
                if (!path.equals(scraped)) {
                    problems.add(name + ": Prometheus scrapes path " + scraped + ", but the service serves its metrics at " + path);
                }
            }
            return problems;
        }

        /** Grafana's data source is the prometheus service, and every dashboard it loads uses a provisioned data source. */
        static List<String> grafana(Path root, Map<String, Object> compose) {
            Map<String, Object> grafana = services(compose).entrySet().stream()
                    .filter(e -> e.getValue() instanceof Map<?, ?> s && String.valueOf(s.get("image")).startsWith("grafana/grafana"))
                    .map(e -> service(compose, e.getKey())).findFirst().orElse(null);
            if (grafana == null) {
                return List.of("no grafana/grafana service in docker-compose.yml");
            }
            List<String> problems = new ArrayList<>();
            String prometheusName = services(compose).entrySet().stream()
                    .filter(e -> e.getValue() instanceof Map<?, ?> s && String.valueOf(s.get("image")).startsWith("prom/prometheus"))
                    .map(Map.Entry::getKey).findFirst().orElse("prometheus");
            Path provisioning = mountedFile(root, grafana, "/etc/grafana/provisioning");
            Set<String> uids = new LinkedHashSet<>();
            try (var files = Files.list(provisioning.resolve("datasources"))) {
                for (Path file : files.toList()) {
                    if (yaml(file).get("datasources") instanceof List<?> list) {
                        for (Object item : list) {
                            Map<?, ?> ds = (Map<?, ?>) item;
                            uids.add(String.valueOf(ds.get("uid")));
                            String url = String.valueOf(ds.get("url"));
                            if (!url.equals("http://" + prometheusName + ":9090")) {
                                problems.add("grafana: data source " + ds.get("name") + " points at " + url
                                        + ", not the " + prometheusName + " service (http://" + prometheusName + ":9090)");
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path dashboards = mountedFile(root, grafana, "/var/lib/grafana/dashboards");
            try (var files = Files.list(dashboards)) {
                List<Path> json = files.filter(f -> f.toString().endsWith(".json")).toList();
                if (json.isEmpty()) {
                    problems.add("grafana: no dashboard in " + root.relativize(dashboards));
                }
                for (Path file : json) {
                    String text = read(file);
                    Matcher m = Pattern.compile("\"datasource\"\\s*:\\s*\\{[^}]*\"uid\"\\s*:\\s*\"([^\"]+)\"").matcher(text);
                    while (m.find()) {
                        if (!uids.contains(m.group(1))) {
                            problems.add("grafana: " + file.getFileName() + " uses data source " + m.group(1)
                                    + ", which is not provisioned " + uids);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return problems;
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> scrapeJob(Map<String, Object> config, String job) {
            if (config.get("scrape_configs") instanceof List<?> jobs) {
                for (Object item : jobs) {
                    if (item instanceof Map<?, ?> map && job.equals(map.get("job_name"))) {
                        return (Map<String, Object>) map;
                    }
                }
            }
            return null;
        }

        /** The host path (relative to the repository) a service mounts at {@code target}. */
        static Path mountedFile(Path root, Map<String, Object> service, String target) {
            if (service.get("volumes") instanceof List<?> list) {
                for (Object volume : list) {
                    String[] parts = String.valueOf(volume).split(":");
                    if (parts.length >= 2 && parts[1].equals(target) && parts[0].startsWith("./")) {
                        return root.resolve(parts[0].substring(2));
                    }
                }
            }
            throw new AssertionError("nothing from the repository is mounted at " + target + " (volumes " + service.get("volumes") + ")");
        }

        static Map<String, Object> yaml(Path file) {
            try (Reader reader = Files.newBufferedReader(file)) {
                Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
                assertTrue(parsed instanceof Map, file + " is not a YAML mapping");
                @SuppressWarnings("unchecked")
                Map<String, Object> map = (Map<String, Object>) parsed;
                return map;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        // ----- YAML helpers -----

        @SuppressWarnings("unchecked")
        static Map<String, Object> services(Map<String, Object> compose) {
            Object services = compose.get("services");
            return services instanceof Map ? (Map<String, Object>) services : Map.of();
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> service(Map<String, Object> compose, String name) {
            Object service = services(compose).get(name);
            return service instanceof Map ? (Map<String, Object>) service : null;
        }

        /** The service's environment as a live, mutable map when written as one; a copy when written as a list. */
        @SuppressWarnings("unchecked")
        static Map<String, String> env(Map<String, Object> service) {
            Object environment = service.get("environment");
            if (environment instanceof Map<?, ?> map) {
                Map<String, Object> live = (Map<String, Object>) map;
                live.replaceAll((k, v) -> v == null ? null : String.valueOf(v));
                return (Map<String, String>) (Map<String, ?>) live;
            }
            Map<String, String> env = new LinkedHashMap<>();
            if (environment instanceof List<?> list) {
                for (Object item : list) {
                    String entry = String.valueOf(item);
                    int eq = entry.indexOf('=');
                    env.put(eq < 0 ? entry : entry.substring(0, eq), eq < 0 ? null : entry.substring(eq + 1));
                }
            }
            service.put("environment", env);
            return env;
        }

        /** Each port mapping as {published (-1 if none), target}. */
        static List<int[]> ports(Map<String, Object> service) {
            List<int[]> result = new ArrayList<>();
            if (!(service.get("ports") instanceof List<?> list)) {
                return result;
            }
            for (Object item : list) {
                if (item instanceof Map<?, ?> map) {
                    Object published = map.get("published");
                    result.add(new int[] {published == null ? -1 : Integer.parseInt(String.valueOf(published)),
                            Integer.parseInt(String.valueOf(map.get("target")))});
                } else {
                    String[] parts = String.valueOf(item).replaceAll("/(tcp|udp)$", "").split(":");
                    int target = Integer.parseInt(parts[parts.length - 1]);
                    result.add(new int[] {parts.length > 1 ? Integer.parseInt(parts[parts.length - 2]) : -1, target});
                }
            }
            return result;
        }

        static String healthcheckTest(Map<String, Object> service) {
            return service.get("healthcheck") instanceof Map<?, ?> healthcheck ? text(healthcheck.get("test")) : "";
        }

        /** depends_on as service -> condition (the short list form means service_started). */
        static Map<String, String> dependsOn(Map<String, Object> service) {
            Map<String, String> result = new LinkedHashMap<>();
            if (service == null) {
                return result;
            }
            Object dependsOn = service.get("depends_on");
            if (dependsOn instanceof List<?> list) {
                list.forEach(name -> result.put(String.valueOf(name), "service_started"));
            } else if (dependsOn instanceof Map<?, ?> map) {
                map.forEach((name, spec) -> result.put(String.valueOf(name), spec instanceof Map<?, ?> s && s.get("condition") != null
                        ? String.valueOf(s.get("condition")) : "service_started"));
            }
            return result;
        }

        /** A command, entrypoint or healthcheck test, list or string, as one text. */
        static String text(Object value) {
            if (value instanceof List<?> list) {
                return String.join(" ", list.stream().map(String::valueOf).toList());
            }
            return value == null ? "" : String.valueOf(value);
        }

        static String kafkaService(Map<String, Object> compose) {
            for (Map.Entry<String, Object> entry : services(compose).entrySet()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> service = (Map<String, Object>) entry.getValue();
                if (service.get("environment") != null && env(service).containsKey("KAFKA_ADVERTISED_LISTENERS")) {
                    return entry.getKey();
                }
            }
            return null;
        }

        /** NAME://host:port,... as NAME -> {host, port}. */
        static Map<String, String[]> listeners(String spec) {
            Map<String, String[]> result = new LinkedHashMap<>();
            if (spec == null) {
                return result;
            }
            for (String listener : spec.split(",")) {
                Matcher m = LISTENER.matcher(listener);
                if (m.matches()) {
                    result.put(m.group(1), new String[] {m.group(2), m.group(3)});
                }
            }
            return result;
        }

        /** Topic -> --partitions (null if not given) of every kafka-topics.sh --create in a command. */
        static Map<String, Integer> createdTopics(String command) {
            Map<String, Integer> created = new LinkedHashMap<>();
            for (String invocation : command.split("kafka-topics\\.sh")) {
                if (!invocation.matches("(?s).*--create\\b.*")) {
                    continue;
                }
                Matcher topic = Pattern.compile("--topic[ =](\\S+)").matcher(invocation);
                Matcher partitions = Pattern.compile("--partitions[ =](\\d+)").matcher(invocation);
                Integer count = partitions.find() ? Integer.valueOf(partitions.group(1)) : null;
                while (topic.find()) {
                    created.put(topic.group(1).replaceAll("[\"']", ""), count);
                }
            }
            return created;
        }

        // ----- properties helpers -----

        static int httpPort(String name, Map<String, Properties> properties) {
            String port = properties.get(name).getProperty("quarkus.http.port");
            if (port == null) {
                throw new IllegalStateException(name + "'s application.properties sets no quarkus.http.port");
            }
            return Integer.parseInt(port.trim());
        }

        /** What the service runs with in a container: the environment variable, else the %prod or plain property. */
        static String effective(Map<String, String> env, Properties properties, String variable, String property) {
            String value = env.get(variable);
            if (value != null) {
                return value;
            }
            return properties.getProperty("%prod." + property, properties.getProperty(property));
        }

        static String read(Path file) {
            try {
                return Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
