package dev.newspipe.infra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * One combined broker+controller KRaft node: alone, or one of the voters of a cluster on this machine. The
 * same settings serve a node run in this JVM ({@link LocalKafka}) and one run as its own process
 * ({@link KafkaBrokerProcess}).
 *
 * @param quorumVoters  {@code id@host:controllerPort} of every voter, comma-separated
 * @param clusterSize   how many nodes the cluster has: internal topics get that many replicas
 * @param security      {@code null}: clients and brokers speak PLAINTEXT; otherwise SASL/SCRAM over TLS. The
 *                      controller listener stays PLAINTEXT on the loopback address either way.
 */
public record KafkaNodeConfig(int nodeId, int brokerPort, int controllerPort, String quorumVoters, int clusterSize,
        Path logDir, KafkaSecurity security) {

    /** A node that is a cluster of its own, PLAINTEXT. */
    public static KafkaNodeConfig single(Path logDir, int brokerPort, int controllerPort) {
        return new KafkaNodeConfig(1, brokerPort, controllerPort, "1@127.0.0.1:" + controllerPort, 1, logDir, null);
    }

    public String bootstrapServer() {
        return "127.0.0.1:" + brokerPort;
    }

    /** What a client of this node alone needs: its address and, with security, the pipeline user's credentials. */
    public Map<String, Object> clientConfig() {
        Map<String, Object> config = new HashMap<>(security == null ? Map.of() : security.clientProperties());
        config.put("bootstrap.servers", bootstrapServer());
        return config;
    }

    public Properties properties() {
        // With more than one node, a write needs two replicas (as the issue asks: replication 3, min ISR 2), so
        // one broker may die without losing an acknowledged record or refusing writes.
        String replicas = Integer.toString(clusterSize);
        String minIsr = Integer.toString(Math.min(2, clusterSize));
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", Integer.toString(nodeId));
        p.put("controller.quorum.voters", quorumVoters);
        String listener = security == null ? "PLAINTEXT" : KafkaSecurity.PROTOCOL;
        p.put("listeners", listener + "://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", listener + "://127.0.0.1:" + brokerPort);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", listener);
        p.put("listener.security.protocol.map", listener + ":" + listener + ",CONTROLLER:PLAINTEXT");
        if (security != null) {
            p.putAll(security.brokerProperties());
        }
        p.put("log.dirs", logDir.toAbsolutePath().toString());
        p.put("default.replication.factor", replicas);
        p.put("min.insync.replicas", minIsr);
        p.put("offsets.topic.replication.factor", replicas);
        p.put("transaction.state.log.replication.factor", replicas);
        p.put("transaction.state.log.min.isr", minIsr);
        p.put("share.coordinator.state.topic.replication.factor", replicas);
        p.put("share.coordinator.state.topic.min.isr", minIsr);
        p.put("offsets.topic.num.partitions", "5");
        p.put("num.partitions", "1");
        // The first consumer of a group would otherwise wait 3 s for others that never come.
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "true");
        return p;
    }

    /**
     * Writes the node's {@code server.properties} to {@code file} and, unless its log directory is already
     * formatted (a restart), formats it for {@code clusterId} with Kafka's StorageTool; with security, the
     * SCRAM users are created in the cluster's first metadata then.
     */
    public void writeAndFormat(Path file, String clusterId) {
        try {
            Files.createDirectories(logDir);
            try (Writer out = Files.newBufferedWriter(file)) {
                properties().store(out, "written by newspipe local-infra");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        List<String> args = new ArrayList<>(List.of("format", "-t", clusterId, "-c", file.toString()));
        if (security != null) {
            args.addAll(security.formatArguments());
        }
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);
        int rc = kafka.tools.StorageTool$.MODULE$.execute(args.toArray(String[]::new), out);
        if (rc != 0) {
            throw new IllegalStateException("Formatting Kafka storage failed: " + captured.toString(StandardCharsets.UTF_8));
        }
    }
}
