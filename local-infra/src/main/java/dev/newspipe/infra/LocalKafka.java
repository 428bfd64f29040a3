package dev.newspipe.infra;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one), running in this JVM
 * from the {@code kafka_2.13} jar: no Docker, no download, ready in about three seconds.
 */
public final class LocalKafka implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalKafka.class);

    private final KafkaRaftServer server;
    private final String bootstrapServers;

    private LocalKafka(KafkaRaftServer server, String bootstrapServers) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Starts a broker whose data lives in {@code dataDir}; storage is formatted on first use and kept
     * on later starts, so topics survive a restart. {@code port} 0 picks a free port.
     */
    public static LocalKafka start(Path dataDir, int port) {
        int brokerPort = port == 0 ? FreePorts.next() : port;
        int controllerPort = FreePorts.next();
        KafkaNodeConfig node = KafkaNodeConfig.single(dataDir.resolve("log"), brokerPort, controllerPort);
        Properties props = node.properties();
        node.writeAndFormat(dataDir.resolve("server.properties"), org.apache.kafka.common.Uuid.randomUuid().toString());
        long started = System.nanoTime();
        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
        server.startup();
        String bootstrap = "127.0.0.1:" + brokerPort;
        LOG.info("Kafka {} (KRaft, in-JVM) ready at {} in {} ms, data in {}", kafkaVersion(), bootstrap,
                (System.nanoTime() - started) / 1_000_000, dataDir);
        return new LocalKafka(server, bootstrap);
    }

    private static String kafkaVersion() {
        return org.apache.kafka.common.utils.AppInfoParser.getVersion();
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Creates the topics that do not exist yet, with {@code partitions} each (replication 1). */
    public void createTopics(List<String> topics, int partitions) {
        createTopics(bootstrapServers, topics, partitions, (short) 1);
    }

    /** Creates the topics on any cluster; existing ones are left as they are. */
    public static void createTopics(String bootstrapServers, List<String> topics, int partitions, short replication) {
        createTopics(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), topics, partitions, replication);
    }

    /** As {@link #createTopics(String, List, int, short)}, with any admin client settings (credentials, TLS). */
    public static void createTopics(Map<String, Object> adminConfig, List<String> topics, int partitions, short replication) {
        try (Admin admin = Admin.create(adminConfig)) {
            for (String topic : topics) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, partitions, replication))).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Cannot create topic " + topic, e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        LOG.info("Kafka at {} stopped", bootstrapServers);
    }
}
