package dev.newspipe.enrich.messaging;

import io.smallrye.reactive.messaging.ClientCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;

/**
 * Kafka configuration of the transactional producer that SmallRye cannot express in application.properties.
 * <p>
 * 1. Makes the configured {@code transactional.id} (a prefix, {@code enrich-service}) this instance's own by
 * appending the instance id: {@code enrich.instance-id} (ENRICH_INSTANCE_ID) when set, else
 * {@code <host name>-<HTTP port>}.
 * <p>
 * Why: instances running at the same time must not share a transactional.id (each would fence the other), and an
 * instance restarted after a crash should get its old one back, because its first {@code initTransactions()}
 * then aborts the transaction the crash left open at once; with a new id, {@code read_committed} consumers wait
 * at that transaction until {@code transaction.timeout.ms} passes. Host and port give both on a host without any
 * configuration: two instances on one host cannot listen on the same port, and a restart keeps host and port.
 * With Kafka ≥ 2.5 (KIP-447) zombie fencing of consumed offsets comes from the consumer group generation, so the
 * id need not follow partition assignments.
 * <p>
 * 2. Leaves the producer's own {@code retries} at Kafka's default. The channel's {@code retries} attribute is
 * set to 0 for the connector, which would otherwise re-send a failed record for up to delivery.timeout.ms,
 * pointless inside a transaction that has already failed; but SmallRye passes the attribute on to Kafka too,
 * and Kafka's producer needs its retries for transient errors (a leader moving, or CONCURRENT_TRANSACTIONS
 * while the previous transaction is being completed), and refuses 0 with idempotence anyway.
 */
@ApplicationScoped
public class TransactionalProducerConfig implements ClientCustomizer<Map<String, Object>> {

    private static final Logger LOG = Logger.getLogger(TransactionalProducerConfig.class);

    private final String instanceId;

    public TransactionalProducerConfig(@ConfigProperty(name = "enrich.instance-id") Optional<String> configured,
            @ConfigProperty(name = "quarkus.http.port") int httpPort) {
        this.instanceId = configured.map(String::strip).filter(id -> !id.isEmpty())
                .orElseGet(() -> hostName() + "-" + httpPort);
    }

    public String instanceId() {
        return instanceId;
    }

    @Override
    public Map<String, Object> customize(String channel, Config channelConfig, Map<String, Object> config) {
        Object prefix = config.get(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        if (prefix != null) {
            String id = prefix + "-" + instanceId;
            config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, id);
            config.remove(ProducerConfig.RETRIES_CONFIG);
            LOG.infof("Channel %s produces in transactions as transactional.id %s", channel, id);
        }
        return config;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return Optional.ofNullable(System.getenv("HOSTNAME")).orElse("localhost");
        }
    }
}
