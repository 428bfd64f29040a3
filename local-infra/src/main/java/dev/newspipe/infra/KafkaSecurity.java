package dev.newspipe.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * SASL/SCRAM-SHA-512 over TLS for a local broker: a self-signed certificate for 127.0.0.1 made with the JDK's
 * {@code keytool}, and two users, the brokers' own and the pipeline's, with passwords generated here, at run
 * time, so that no secret is ever written into the repository.
 */
public record KafkaSecurity(Path keystore, Path truststore, String storePassword, String brokerUser,
        String brokerPassword, String clientUser, String clientPassword) {

    public static final String PROTOCOL = "SASL_SSL";
    public static final String MECHANISM = "SCRAM-SHA-512";

    /** Generates the key pair, the truststore and both passwords under {@code dir}. */
    public static KafkaSecurity generate(Path dir) {
        String storePassword = Secrets.randomHex(18);
        Path keystore = dir.resolve("broker.p12");
        Path certificate = dir.resolve("broker.crt");
        Path truststore = dir.resolve("truststore.p12");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        keytool("-genkeypair", "-alias", "broker", "-keyalg", "RSA", "-keysize", "2048", "-validity", "7",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", storePassword);
        keytool("-exportcert", "-alias", "broker", "-keystore", keystore.toString(), "-storepass", storePassword,
                "-file", certificate.toString());
        keytool("-importcert", "-noprompt", "-alias", "broker", "-file", certificate.toString(),
                "-storetype", "PKCS12", "-keystore", truststore.toString(), "-storepass", storePassword);
        return new KafkaSecurity(keystore, truststore, storePassword, "broker", Secrets.randomHex(18), "newspipe",
                Secrets.randomHex(18));
    }

    /** The StorageTool arguments that create both users in the cluster's first metadata. */
    public List<String> formatArguments() {
        return List.of("--add-scram", MECHANISM + "=[name=" + brokerUser + ",password=" + brokerPassword + "]",
                "--add-scram", MECHANISM + "=[name=" + clientUser + ",password=" + clientPassword + "]");
    }

    /** The broker settings of a listener named {@value #PROTOCOL}: TLS, SCRAM, and SCRAM between brokers. */
    public Map<String, String> brokerProperties() {
        return Map.of(
                "sasl.enabled.mechanisms", MECHANISM,
                "sasl.mechanism.inter.broker.protocol", MECHANISM,
                "listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config", jaas(brokerUser, brokerPassword),
                "ssl.keystore.type", "PKCS12",
                "ssl.keystore.location", keystore.toString(),
                "ssl.keystore.password", storePassword,
                "ssl.truststore.type", "PKCS12",
                "ssl.truststore.location", truststore.toString(),
                "ssl.truststore.password", storePassword);
    }

    /** The pipeline user's client settings, as Kafka client properties (for the tests' own clients). */
    public Map<String, Object> clientProperties() {
        return clientProperties(clientUser, clientPassword);
    }

    /** Client settings of any user and password: to show that a wrong one is refused. */
    public Map<String, Object> clientProperties(String user, String password) {
        return Map.of(
                "security.protocol", PROTOCOL,
                "sasl.mechanism", MECHANISM,
                "sasl.jaas.config", jaas(user, password),
                "ssl.truststore.type", "PKCS12",
                "ssl.truststore.location", truststore.toString(),
                "ssl.truststore.password", storePassword);
    }

    /**
     * The same settings as environment variables of the services: Quarkus hands every {@code KAFKA_*} variable
     * to every Kafka channel as the client property it names ({@code KAFKA_SASL_JAAS_CONFIG} is
     * {@code sasl.jaas.config}), so the services need no code and no configuration file for it.
     */
    public Map<String, String> clientEnvironment() {
        Map<String, String> environment = new HashMap<>();
        clientProperties().forEach((property, value) ->
                environment.put("KAFKA_" + property.toUpperCase(Locale.ROOT).replace('.', '_'), String.valueOf(value)));
        return environment;
    }

    private static String jaas(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    private static void keytool(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool " + args[0] + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run keytool", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
