package dev.newspipe.infra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A KRaft node run as its own JVM ({@code java kafka.Kafka server.properties}), so that it can die the way a
 * broker really dies: {@link #kill()} is a SIGKILL, with no shutdown hook and no controlled shutdown.
 */
public final class KafkaBrokerProcess implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaBrokerProcess.class);

    private final KafkaNodeConfig node;
    private final Path config;
    private final List<String> jvmOptions;
    private final LoggedProcess process;

    private KafkaBrokerProcess(KafkaNodeConfig node, Path config, List<String> jvmOptions, LoggedProcess process) {
        this.node = node;
        this.config = config;
        this.jvmOptions = jvmOptions;
        this.process = process;
    }

    /**
     * Starts the node of {@code config} (written and formatted by {@link KafkaNodeConfig#writeAndFormat}), with its
     * output appended to {@code logFile}. Returns at once: see {@link #awaitReady(Duration)}.
     */
    public static KafkaBrokerProcess start(KafkaNodeConfig node, Path config, Path logFile, List<String> jvmOptions) {
        // This JVM's own class path holds kafka_2.13 and its dependencies wherever local-infra runs (Maven's test
        // class path, or local-infra/target/lib for the launcher), so nothing else has to be built or found.
        LoggedProcess process = LoggedProcess.startJava("Kafka node " + node.nodeId(), jvmOptions,
                List.of("-cp", System.getProperty("java.class.path"), "kafka.Kafka", config.toString()), Map.of(), logFile);
        LOG.info("Started Kafka node {} (pid {}) at {}, log {}", node.nodeId(), process.pid(), node.bootstrapServer(),
                logFile);
        return new KafkaBrokerProcess(node, config, List.copyOf(jvmOptions), process);
    }

    /**
     * Waits until the node answers clients and counts itself among the live brokers: a KRaft broker opens
     * its client listener only once it has caught up with the metadata log and is unfenced. Fails early, with
     * the log's tail, if the process dies.
     */
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Object> config = new HashMap<>(node.clientConfig());
        config.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
        try (Admin admin = Admin.create(config)) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Kafka node " + node.nodeId() + " exited with " + process.exitValue()
                            + ":\n" + logTail(40));
                }
                if (!listening()) {
                    // The admin client would log every refused connection; a plain socket says nothing.
                    Thread.sleep(200);
                    continue;
                }
                try {
                    List<Integer> live = admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000)).nodes()
                            .get(3, TimeUnit.SECONDS).stream().map(Node::id).toList();
                    if (live.contains(node.nodeId())) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException notYet) {
                    // not listening, or not caught up, yet
                }
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("Kafka node " + node.nodeId() + " not ready after " + timeout + ":\n" + logTail(40));
    }

    private boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", node.brokerPort()), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public int nodeId() {
        return node.nodeId();
    }

    public KafkaNodeConfig node() {
        return node;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL, as a crash would: nothing flushed, no leadership handed over, the controller finds out by itself. */
    public void kill() {
        process.kill();
    }

    /** The same node started again on its data, ports and log file (appended to). */
    public KafkaBrokerProcess startAgain() {
        return start(node, config, process.logFile(), jvmOptions);
    }

    /** Asks for a controlled shutdown (SIGTERM) without waiting for it: see {@link #awaitExit}. */
    void requestStop() {
        process.requestStop();
    }

    /** Waits up to {@code timeout} for the process to end, then kills it. */
    void awaitExit(Duration timeout) {
        process.awaitExit(timeout);
    }

    /** SIGTERM, then SIGKILL if the node has not stopped after 20 s. */
    @Override
    public void close() {
        requestStop();
        awaitExit(Duration.ofSeconds(20));
    }

    /** The last {@code lines} lines of the node's log. */
    public String logTail(int lines) {
        return process.logTail(lines);
    }
}
