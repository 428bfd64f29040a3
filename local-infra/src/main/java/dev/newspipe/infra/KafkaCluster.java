package dev.newspipe.infra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/**
 * A KRaft cluster on this machine: {@code size} combined broker+controller nodes, each its own JVM
 * ({@link KafkaBrokerProcess}), all voters of one quorum, sharing one cluster id. With more than one node,
 * topics get one replica per node and need two in sync to accept a write ({@link KafkaNodeConfig}).
 * Nodes are numbered from 1.
 */
public final class KafkaCluster implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaCluster.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final List<String> BROKER_JVM = List.of("-Xms256m", "-Xmx512m");

    private final List<KafkaBrokerProcess> nodes;
    private final String bootstrapServers;
    private final Map<String, Object> clientConfig;

    private KafkaCluster(List<KafkaBrokerProcess> nodes) {
        this.nodes = nodes;
        this.bootstrapServers = nodes.stream().map(n -> n.node().bootstrapServer()).collect(Collectors.joining(","));
        Map<String, Object> config = new HashMap<>(nodes.get(0).node().clientConfig());
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        this.clientConfig = Map.copyOf(config);
    }

    /** Formats (on first use) and starts {@code size} PLAINTEXT nodes with their data under {@code dir}, and waits until all are ready. */
    public static KafkaCluster start(Path dir, int size) {
        return start(dir, size, null);
    }

    /** As {@link #start(Path, int)}, with SASL/SCRAM over TLS for clients and between brokers unless {@code security} is null. */
    public static KafkaCluster start(Path dir, int size, KafkaSecurity security) {
        long started = System.nanoTime();
        List<int[]> ports = new ArrayList<>();
        for (int id = 1; id <= size; id++) {
            ports.add(new int[]{FreePorts.next(), FreePorts.next()});
        }
        StringBuilder voters = new StringBuilder();
        for (int id = 1; id <= size; id++) {
            voters.append(id == 1 ? "" : ",").append(id).append("@127.0.0.1:").append(ports.get(id - 1)[1]);
        }
        String clusterId = Uuid.randomUuid().toString();
        List<KafkaBrokerProcess> nodes = new ArrayList<>();
        try {
            for (int id = 1; id <= size; id++) {
                Path nodeDir = dir.resolve("node-" + id);
                KafkaNodeConfig node = new KafkaNodeConfig(id, ports.get(id - 1)[0], ports.get(id - 1)[1],
                        voters.toString(), size, nodeDir.resolve("log"), security);
                Path config = nodeDir.resolve("server.properties");
                node.writeAndFormat(config, clusterId);
                nodes.add(KafkaBrokerProcess.start(node, config, nodeDir.resolve("kafka.log"), BROKER_JVM));
            }
            // All started before any is awaited: a node is ready only once the quorum has a leader.
            for (KafkaBrokerProcess node : nodes) {
                node.awaitReady(READY_TIMEOUT);
            }
        } catch (RuntimeException e) {
            stopAll(nodes);
            throw e;
        }
        KafkaCluster cluster = new KafkaCluster(nodes);
        LOG.info("Kafka cluster of {} nodes (KRaft, one process each) ready at {} in {} ms, data in {}", size,
                cluster.bootstrapServers, (System.nanoTime() - started) / 1_000_000, dir);
        return cluster;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Everything a client of this cluster needs: all the nodes' addresses and, with security, credentials. */
    public Map<String, Object> clientConfig() {
        return clientConfig;
    }

    public int size() {
        return nodes.size();
    }

    public KafkaBrokerProcess node(int id) {
        return nodes.get(id - 1);
    }

    /** Creates the topics that do not exist yet, with {@code partitions} each and one replica per node. */
    public void createTopics(List<String> topics, int partitions) {
        LocalKafka.createTopics(clientConfig, topics, partitions, (short) nodes.size());
    }

    /** SIGKILL to node {@code id}. */
    public void kill(int id) {
        node(id).kill();
    }

    /** Starts node {@code id} again on its data and waits until it is ready. */
    public void restart(int id) {
        long started = System.nanoTime();
        KafkaBrokerProcess again = node(id).startAgain();
        nodes.set(id - 1, again);
        again.awaitReady(READY_TIMEOUT);
        LOG.info("Kafka node {} ready again in {} ms", id, (System.nanoTime() - started) / 1_000_000);
    }

    /** The node that leads the metadata quorum (the active controller). */
    public int quorumLeader() {
        return withAdmin(admin -> admin.describeMetadataQuorum().quorumInfo().get().leaderId());
    }

    /**
     * How many partitions each node leads, over every topic including the internal ones; partitions without a
     * leader are counted under -1.
     */
    public Map<Integer, Integer> partitionLeadersByNode() {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (TopicPartitionInfo p : partitions()) {
            counts.merge(p.leader() == null ? -1 : p.leader().id(), 1, Integer::sum);
        }
        return counts;
    }

    /** Partitions whose in-sync replicas are fewer than their replicas. */
    public long underReplicatedPartitions() {
        return partitions().stream().filter(p -> p.isr().size() < p.replicas().size()).count();
    }

    private Collection<TopicPartitionInfo> partitions() {
        return withAdmin(admin -> {
            var names = admin.listTopics(new ListTopicsOptions().listInternal(true)).names().get();
            return admin.describeTopics(names).allTopicNames().get().values().stream()
                    .map(TopicDescription::partitions).flatMap(List::stream).toList();
        });
    }

    private interface AdminCall<T> {
        T call(Admin admin) throws InterruptedException, ExecutionException;
    }

    private <T> T withAdmin(AdminCall<T> call) {
        try (Admin admin = Admin.create(clientConfig)) {
            return call.call(admin);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka cluster at " + bootstrapServers + ": " + e.getCause(), e.getCause());
        }
    }

    /** Stops every node at once (SIGTERM, SIGKILL after 20 s), so that none waits on a quorum the others left. */
    @Override
    public void close() {
        stopAll(nodes);
        LOG.info("Kafka cluster at {} stopped", bootstrapServers);
    }

    private static void stopAll(List<KafkaBrokerProcess> nodes) {
        nodes.forEach(KafkaBrokerProcess::requestStop);
        nodes.forEach(n -> n.awaitExit(Duration.ofSeconds(20)));
    }
}
