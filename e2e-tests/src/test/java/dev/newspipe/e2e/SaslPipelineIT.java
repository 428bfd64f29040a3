package dev.newspipe.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newspipe.contract.EventJson;
import dev.newspipe.contract.Topics;
import dev.newspipe.infra.ApiCredentials;
import dev.newspipe.infra.FreePorts;
import dev.newspipe.infra.KafkaCluster;
import dev.newspipe.infra.KafkaSecurity;
import dev.newspipe.infra.PipelineStack;
import dev.newspipe.infra.PostgresServer;
import dev.newspipe.infra.ServiceProcess;
import dev.newspipe.infra.SharedData;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The three packaged services against a broker whose only client listener is SASL_SSL with SCRAM-SHA-512
 * (users created at format time, passwords and certificate generated for this run), configured through
 * environment variables alone: the sample is accepted, enriched and stored. The broker refuses a client with a
 * wrong password, and answers nothing to one that has TLS but no SASL credentials.
 */
class SaslPipelineIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final ApiCredentials CREDENTIALS = ApiCredentials.generate();

    @TempDir
    Path dir;

    @Test
    void pipelineRunsOverScramAndTlsAndRefusesClientsWithoutCredentials() throws Exception {
        Path root = Path.of(System.getProperty("newspipe.root", "..")).toAbsolutePath().normalize();
        KafkaSecurity security = KafkaSecurity.generate(dir.resolve("tls"));
        String database = "newspipe_sasl_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        PostgresServer pg = PostgresServer.fromEnvironmentOrEmbedded(System.getenv(), dir.resolve("postgres"));
        KafkaCluster kafka = KafkaCluster.start(dir.resolve("kafka"), 1, security);
        List<ServiceProcess> services = List.of();
        try {
            kafka.createTopics(List.of(Topics.SUBMITTED, Topics.ENRICHED), 3);
            kafka.createTopics(List.of(Topics.DLQ_ENRICH, Topics.DLQ_STORE), 1);
            Map<String, String> kafkaEnv = new HashMap<>(security.clientEnvironment());
            kafkaEnv.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
            services = PipelineStack.startServices(new PipelineStack.Options(root, dir, 0, FreePorts.next(),
                    FreePorts.next(), FreePorts.next(), 3, database, Map.of(), CREDENTIALS), kafkaEnv, pg);
            String ingest = service(services, "ingest-service").baseUrl();
            String store = service(services, "store-service").baseUrl();

            HttpResponse<String> accepted = HTTP.send(HttpRequest.newBuilder(URI.create(ingest + "/articles"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", ApiCredentials.header(CREDENTIALS.publisherKey()))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(SharedData.bytes(SharedData.SAMPLE_JA))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(202, accepted.statusCode(), accepted.body());
            String id = EventJson.MAPPER.readTree(accepted.body()).get("id").asText();

            HttpResponse<String> stored = awaitStored(store + "/articles/" + id);
            assertEquals(200, stored.statusCode(), "enriched and stored through the SASL_SSL listener: " + stored.body());
            JsonNode article = EventJson.MAPPER.readTree(stored.body());
            assertEquals(id, article.get("id").asText());
            assertEquals("ja", article.get("language").asText());

            Map<String, Object> wrongPassword = new HashMap<>(security.clientProperties(security.clientUser(),
                    "not-" + security.clientPassword()));
            wrongPassword.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
            ExecutionException refused = assertThrows(ExecutionException.class, () -> listTopics(wrongPassword));
            assertInstanceOf(SaslAuthenticationException.class, refused.getCause(), refused.getCause().toString());

            // Trusts the certificate, has no SASL credentials: the broker waits for a SASL handshake that never comes.
            Map<String, Object> tlsOnly = new HashMap<>(security.clientProperties());
            tlsOnly.keySet().removeIf(key -> key.startsWith("sasl."));
            tlsOnly.put("security.protocol", "SSL");
            tlsOnly.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
            ExecutionException unanswered = assertThrows(ExecutionException.class, () -> listTopics(tlsOnly));
            assertInstanceOf(org.apache.kafka.common.errors.TimeoutException.class, unanswered.getCause(),
                    unanswered.getCause().toString());
            System.out.printf("SASL/SCRAM: the sample %s went through %s (%s) and was stored; a wrong password got %s; "
                            + "TLS without SASL got %s%n", id, KafkaSecurity.PROTOCOL, KafkaSecurity.MECHANISM,
                    refused.getCause().getClass().getSimpleName(), unanswered.getCause().getClass().getSimpleName());
        } finally {
            for (int i = services.size() - 1; i >= 0; i--) {
                services.get(i).close();
            }
            kafka.close();
            PipelineStack.dropDatabases(pg, database);
            pg.close();
        }
    }

    private static ServiceProcess service(List<ServiceProcess> services, String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static void listTopics(Map<String, Object> config) throws Exception {
        try (Admin admin = Admin.create(config)) {
            admin.listTopics(new ListTopicsOptions().timeoutMs(8_000)).names().get();
        }
    }

    private static HttpResponse<String> awaitStored(String url) throws Exception {
        HttpResponse<String> response = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", ApiCredentials.header(CREDENTIALS.readerKey())).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return response;
            }
            Thread.sleep(200);
        }
        return response;
    }
}
