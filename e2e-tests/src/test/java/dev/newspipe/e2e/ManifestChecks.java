package dev.newspipe.e2e;

import dev.newspipe.e2e.KubernetesManifestsTest.Manifests;
import dev.newspipe.e2e.KubernetesManifestsTest.Y;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.newspipe.e2e.KubernetesManifestsTest.API_KEYS_SECRET;
import static dev.newspipe.e2e.KubernetesManifestsTest.CONSUMERS;
import static dev.newspipe.e2e.KubernetesManifestsTest.CONTRACT_TOPICS;
import static dev.newspipe.e2e.KubernetesManifestsTest.PROBE_PATHS;
import static dev.newspipe.e2e.KubernetesManifestsTest.SERVICES;

/** The structural checks of a rendered overlay. Each returns what is wrong, as sentences; empty when all is well. */
final class ManifestChecks {

    private static final Pattern SECRET_LIKE = Pattern.compile("(?i).*(PASSWORD|SECRET|JAAS|API_KEYS|TOKEN|CREDENTIAL).*");
    private static final Pattern XMX = Pattern.compile("-Xmx(\\d+)([kKmMgG]?)");
    private static final Pattern API_KEYS_COMMAND = Pattern.compile(
            "create secret generic " + API_KEYS_SECRET + "[^`]*?--from-(?:literal|file)=([A-Za-z0-9._-]+)=");

    private ManifestChecks() {
    }

    static List<String> probes(Manifests m, Map<String, Properties> properties) {
        List<String> problems = new ArrayList<>();
        for (String service : SERVICES) {
            if (m.named("Deployment", service) == null) {
                problems.add(service + ": no Deployment");
                continue;
            }
            int port = ComposeConfigurationTest.Checks.httpPort(service, properties);
            Map<String, Object> container = m.container(service);
            PROBE_PATHS.forEach((probe, path) -> {
                Object httpGet = Y.get(container, probe, "httpGet");
                if (httpGet == null) {
                    problems.add(service + ": no " + probe + " (httpGet " + path + ")");
                    return;
                }
                if (!path.equals(Y.str(httpGet, "path"))) {
                    problems.add(service + ": " + probe + " gets " + Y.str(httpGet, "path") + ", not " + path);
                }
                Integer probed = containerPort(container, Y.get(httpGet, "port"));
                if (probed == null || probed != port) {
                    problems.add(service + ": " + probe + " probes port " + Y.get(httpGet, "port") + " (" + probed
                            + "), not quarkus.http.port " + port);
                }
            });
            String override = m.environment(container).get("QUARKUS_HTTP_PORT");
            if (override != null && !override.equals(String.valueOf(port))) {
                problems.add(service + ": QUARKUS_HTTP_PORT=" + override + " moves the service off its probed port " + port);
            }
            Map<String, Object> annotations = Y.map(m.pod(service), "metadata", "annotations");
            expect(problems, service, annotations, "prometheus.io/scrape", "true");
            expect(problems, service, annotations, "prometheus.io/port", String.valueOf(port));
            expect(problems, service, annotations, "prometheus.io/path", "/q/metrics");
        }
        return problems;
    }

    static List<String> resources(Manifests m) {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> deployment : m.ofKind("Deployment")) {
            String name = Manifests.name(deployment);
            Map<String, Object> pod = Y.map(deployment, "spec", "template");
            for (Object c : Y.list(pod, "spec", "containers")) {
                Map<String, Object> container = Y.cast(c);
                String where = name + "/" + Y.str(container, "name");
                for (String kind : List.of("requests", "limits")) {
                    for (String resource : List.of("cpu", "memory")) {
                        if (Y.get(container, "resources", kind, resource) == null) {
                            problems.add(where + ": no resources." + kind + "." + resource);
                        }
                    }
                }
                for (String resource : List.of("cpu", "memory")) {
                    String request = Y.str(container, "resources", "requests", resource);
                    String limit = Y.str(container, "resources", "limits", resource);
                    if (request != null && limit != null && quantity(request).compareTo(quantity(limit)) > 0) {
                        problems.add(where + ": requests." + resource + " " + request + " exceeds limits." + resource + " " + limit);
                    }
                }
                problems.addAll(heap(where, m.environment(container), Y.str(container, "resources", "limits", "memory")));
                boolean nonRoot = Boolean.TRUE.equals(Y.get(container, "securityContext", "runAsNonRoot"))
                        || Boolean.TRUE.equals(Y.get(pod, "spec", "securityContext", "runAsNonRoot"));
                if (!nonRoot) {
                    problems.add(where + ": runAsNonRoot is not true (the image's user 185 is not root: say so)");
                }
                if (!Boolean.FALSE.equals(Y.get(container, "securityContext", "allowPrivilegeEscalation"))) {
                    problems.add(where + ": securityContext.allowPrivilegeEscalation is not false");
                }
            }
        }
        return problems;
    }

    /** The Dockerfiles fix -Xmx512m in JAVA_OPTS_APPEND: a pod must replace it with a heap that fits its limit. */
    private static List<String> heap(String where, Map<String, String> env, String memoryLimit) {
        List<String> problems = new ArrayList<>();
        String opts = env.get("JAVA_OPTS_APPEND");
        if (opts == null) {
            problems.add(where + ": JAVA_OPTS_APPEND is not set, so the image's fixed -Xmx512m applies whatever the limit");
            return problems;
        }
        Matcher xmx = XMX.matcher(opts);
        if (xmx.find()) {
            BigDecimal heap = quantity(xmx.group(1) + switch (xmx.group(2).toLowerCase()) {
                case "k" -> "Ki";
                case "m" -> "Mi";
                case "g" -> "Gi";
                default -> "";
            });
            if (memoryLimit == null || heap.compareTo(quantity(memoryLimit).multiply(new BigDecimal("0.8"))) > 0) {
                problems.add(where + ": " + xmx.group() + " leaves less than 20 % of the memory limit " + memoryLimit
                        + " to the rest of the JVM");
            }
            return problems;
        }
        String ratio = env.get("JAVA_MAX_MEM_RATIO");
        if (ratio == null || !ratio.matches("\\d+") || Integer.parseInt(ratio) < 10 || Integer.parseInt(ratio) > 80) {
            problems.add(where + ": no -Xmx and JAVA_MAX_MEM_RATIO=" + ratio + ": the heap must be 10-80 % of the limit");
        }
        return problems;
    }

    static List<String> scaling(Manifests m) {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> deployment : m.ofKind("Deployment")) {
            String name = Manifests.name(deployment);
            int replicas = Y.integer(deployment, 1, "spec", "replicas");
            List<Map<String, Object>> hpas = Y.filter(m.ofKind("HorizontalPodAutoscaler"),
                    h -> "Deployment".equals(Y.str(h, "spec", "scaleTargetRef", "kind")) && name.equals(Y.str(h, "spec", "scaleTargetRef", "name")));
            int minReplicas = replicas;
            if (hpas.size() != 1) {
                problems.add(name + ": " + hpas.size() + " HorizontalPodAutoscalers target it, not one");
            } else {
                Map<String, Object> hpa = hpas.get(0);
                minReplicas = Y.integer(hpa, 1, "spec", "minReplicas");
                int max = Y.integer(hpa, 0, "spec", "maxReplicas");
                if (minReplicas > max) {
                    problems.add(name + ": HorizontalPodAutoscaler minReplicas " + minReplicas + " > maxReplicas " + max);
                }
                if (replicas < minReplicas || replicas > max) {
                    problems.add(name + ": replicas " + replicas + " outside its autoscaler's range " + minReplicas + "-" + max);
                }
                boolean cpu = Y.list(hpa, "spec", "metrics").stream().anyMatch(metric -> "cpu".equals(Y.str(metric, "resource", "name")));
                if (!cpu) {
                    problems.add(name + ": its HorizontalPodAutoscaler has no cpu metric");
                }
            }
            Map<String, Object> podLabels = Y.map(deployment, "spec", "template", "metadata", "labels");
            List<Map<String, Object>> pdbs = Y.filter(m.ofKind("PodDisruptionBudget"),
                    p -> Y.labelsMatch(Y.map(p, "spec", "selector", "matchLabels"), podLabels));
            if (pdbs.size() != 1) {
                problems.add(name + ": " + pdbs.size() + " PodDisruptionBudgets select its pods, not one");
                continue;
            }
            Object maxUnavailable = Y.get(pdbs.get(0), "spec", "maxUnavailable");
            Object minAvailable = Y.get(pdbs.get(0), "spec", "minAvailable");
            boolean evictable = maxUnavailable != null ? !String.valueOf(maxUnavailable).matches("0%?")
                    : minAvailable != null && String.valueOf(minAvailable).matches("\\d+")
                    && Integer.parseInt(String.valueOf(minAvailable)) < minReplicas;
            if (!evictable) {
                problems.add(name + ": its PodDisruptionBudget (maxUnavailable " + maxUnavailable + ", minAvailable "
                        + minAvailable + ") never lets a pod be evicted at " + minReplicas + " replicas: node drains would hang");
            }
        }
        return problems;
    }

    static List<String> services(Manifests m, Map<String, Properties> properties) {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> service : m.ofKind("Service")) {
            String name = Manifests.name(service);
            Map<String, Object> selector = Y.map(service, "spec", "selector");
            List<Map<String, Object>> selected = Y.filter(m.ofKind("Deployment"),
                    d -> Y.labelsMatch(selector, Y.map(d, "spec", "template", "metadata", "labels")));
            if (selected.isEmpty()) {
                problems.add(name + ": Service selector " + selector + " selects no pods of any Deployment");
                continue;
            }
            for (Object port : Y.list(service, "spec", "ports")) {
                Object target = Y.get(port, "targetPort") == null ? Y.get(port, "port") : Y.get(port, "targetPort");
                for (Map<String, Object> deployment : selected) {
                    boolean found = Y.list(deployment, "spec", "template", "spec", "containers").stream()
                            .anyMatch(c -> containerPort(Y.cast(c), target) != null);
                    if (!found) {
                        problems.add(name + ": targetPort " + target + " is no container port of " + Manifests.name(deployment));
                    }
                }
            }
        }
        for (String service : SERVICES) {
            int port = ComposeConfigurationTest.Checks.httpPort(service, properties);
            Map<String, Object> own = m.named("Service", service);
            boolean serves = own != null && Y.list(own, "spec", "ports").stream()
                    .anyMatch(p -> Y.integer(p, -1, "port") == port);
            if (!serves) {
                problems.add(service + ": no Service " + service + " on port " + port);
            }
        }
        return problems;
    }

    static List<String> references(Manifests m, String deployReadme) {
        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> generated = generatedSecrets(m);
        Matcher documented = API_KEYS_COMMAND.matcher(deployReadme);
        if (documented.find()) {
            generated.put(API_KEYS_SECRET, Set.of(documented.group(1)));
        }
        for (Map<String, Object> deployment : m.ofKind("Deployment")) {
            String name = Manifests.name(deployment);
            Map<String, Object> pod = Y.map(deployment, "spec", "template", "spec");
            List<String[]> refs = new ArrayList<>();   // {kind, name, key or null}
            for (Object c : Y.list(pod, "containers")) {
                for (Object from : Y.list(c, "envFrom")) {
                    refs.add(new String[] {"ConfigMap", Y.str(from, "configMapRef", "name"), null});
                    refs.add(new String[] {"Secret", Y.str(from, "secretRef", "name"), null});
                }
                for (Object env : Y.list(c, "env")) {
                    refs.add(new String[] {"ConfigMap", Y.str(env, "valueFrom", "configMapKeyRef", "name"),
                            Y.str(env, "valueFrom", "configMapKeyRef", "key")});
                    refs.add(new String[] {"Secret", Y.str(env, "valueFrom", "secretKeyRef", "name"),
                            Y.str(env, "valueFrom", "secretKeyRef", "key")});
                }
            }
            for (Object volume : Y.list(pod, "volumes")) {
                for (String[] kind : List.of(new String[] {"ConfigMap", "configMap", "name"}, new String[] {"Secret", "secret", "secretName"})) {
                    String source = Y.str(volume, kind[1], kind[2]);
                    refs.add(new String[] {kind[0], source, null});
                    Y.list(volume, kind[1], "items").forEach(item -> refs.add(new String[] {kind[0], source, Y.str(item, "key")}));
                }
            }
            for (String[] ref : refs) {
                if (ref[1] == null) {
                    continue;
                }
                Set<String> keys;
                if (ref[0].equals("ConfigMap")) {
                    Map<String, Object> data = m.configMapData(ref[1]);
                    keys = data == null ? null : data.keySet();
                } else {
                    Map<String, Object> secret = m.named("Secret", ref[1]);
                    keys = secret != null ? new TreeSet<>(Y.map(secret, "data").keySet()) : generated.get(ref[1]);
                }
                if (keys == null) {
                    problems.add(name + ": " + ref[0] + " " + ref[1] + " is neither in the render nor generated by a rendered"
                            + " operator resource" + (ref[1].equals(API_KEYS_SECRET) ? " nor documented in deploy/README.md" : ""));
                } else if (ref[2] != null && !keys.contains(ref[2])) {
                    problems.add(name + ": " + ref[0] + " " + ref[1] + " has no key " + ref[2] + " (it has " + keys + ")");
                }
            }
        }
        return problems;
    }

    /** The Secrets the operators create for the rendered resources, with their keys. */
    private static Map<String, Set<String>> generatedSecrets(Manifests m) {
        Map<String, Set<String>> generated = new HashMap<>();
        for (Map<String, Object> cluster : m.ofKind("Cluster")) {
            if (Y.get(cluster, "spec", "bootstrap", "initdb", "owner") != null && Y.get(cluster, "spec", "bootstrap", "initdb", "secret") == null) {
                generated.put(Manifests.name(cluster) + "-app",
                        Set.of("username", "user", "password", "host", "port", "dbname", "uri", "jdbc-uri", "pgpass"));
            }
        }
        for (Map<String, Object> kafka : m.ofKind("Kafka")) {
            generated.put(Manifests.name(kafka) + "-cluster-ca-cert", Set.of("ca.crt", "ca.p12", "ca.password"));
        }
        for (Map<String, Object> user : m.ofKind("KafkaUser")) {
            if ("scram-sha-512".equals(Y.str(user, "spec", "authentication", "type"))) {
                generated.put(Manifests.name(user), Set.of("password", "sasl.jaas.config"));
            }
        }
        return generated;
    }

    static List<String> noLiteralSecrets(Manifests m) {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> secret : m.ofKind("Secret")) {
            if (!Y.map(secret, "data").isEmpty() || !Y.map(secret, "stringData").isEmpty()) {
                problems.add("Secret " + Manifests.name(secret) + " carries values: secrets come from the operators or"
                        + " from kubectl create secret, never from the repository");
            }
        }
        for (Map<String, Object> configMap : m.ofKind("ConfigMap")) {
            Y.map(configMap, "data").keySet().stream().filter(k -> SECRET_LIKE.matcher(k).matches()).forEach(k ->
                    problems.add("ConfigMap " + Manifests.name(configMap) + " holds " + k + " in the clear"));
        }
        for (Map<String, Object> deployment : m.ofKind("Deployment")) {
            for (Object c : Y.list(deployment, "spec", "template", "spec", "containers")) {
                for (Object env : Y.list(c, "env")) {
                    if (Y.get(env, "value") != null && SECRET_LIKE.matcher(Y.str(env, "name")).matches()) {
                        problems.add(Manifests.name(deployment) + ": " + Y.str(env, "name") + " is a literal value, not a secretKeyRef");
                    }
                }
            }
        }
        return problems;
    }

    static List<String> topics(Manifests m) {
        List<String> problems = new ArrayList<>();
        Set<String> kafkas = new TreeSet<>(m.ofKind("Kafka").stream().map(Manifests::name).toList());
        Set<String> seen = new TreeSet<>();
        for (Map<String, Object> topic : m.ofKind("KafkaTopic")) {
            String name = topicName(topic);
            if (!seen.add(name)) {
                problems.add(name + ": declared by two KafkaTopics");
            }
            if (!CONTRACT_TOPICS.contains(name)) {
                problems.add(name + ": not a contract topic (dev.newspipe.contract.Topics)");
            }
            String cluster = Y.str(topic, "metadata", "labels", "strimzi.io/cluster");
            if (!kafkas.contains(cluster)) {
                problems.add(name + ": strimzi.io/cluster " + cluster + " is no rendered Kafka " + kafkas);
            }
        }
        for (String topic : new TreeSet<>(CONTRACT_TOPICS)) {
            if (!seen.contains(topic)) {
                problems.add(topic + ": the contract topic is missing from the KafkaTopics");
            }
        }
        return problems;
    }

    static List<String> replication(Manifests m, boolean highlyAvailable) {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> kafka : m.ofKind("Kafka")) {
            String cluster = Manifests.name(kafka);
            int brokers = m.ofKind("KafkaNodePool").stream()
                    .filter(p -> cluster.equals(Y.str(p, "metadata", "labels", "strimzi.io/cluster")))
                    .filter(p -> Y.strings(p, "spec", "roles").contains("broker"))
                    .mapToInt(p -> Y.integer(p, 0, "spec", "replicas")).sum();
            Map<String, Object> config = Y.map(kafka, "spec", "kafka", "config");
            if (highlyAvailable && brokers < 3) {
                problems.add("Kafka " + cluster + ": " + brokers + " brokers; at least 3 to survive the loss of one");
            }
            for (String key : List.of("default.replication.factor", "offsets.topic.replication.factor", "transaction.state.log.replication.factor")) {
                int factor = Y.integer(config, highlyAvailable ? 0 : 1, key);
                if (factor > brokers || (highlyAvailable && factor < 3)) {
                    problems.add("Kafka " + cluster + ": " + key + " " + factor + " with " + brokers + " brokers");
                }
            }
            int logFactor = Y.integer(config, 1, "transaction.state.log.replication.factor");
            int logMinIsr = Y.integer(config, 1, "transaction.state.log.min.isr");
            if (logMinIsr > logFactor || (highlyAvailable && (logMinIsr >= logFactor || logMinIsr < 2))) {
                problems.add("Kafka " + cluster + ": transaction.state.log.min.isr " + logMinIsr + " with replication "
                        + logFactor + ": enrich-service's transactions would not survive the loss of a broker");
            }
            int defaultMinIsr = Y.integer(config, 1, "min.insync.replicas");
            for (Map<String, Object> topic : m.ofKind("KafkaTopic")) {
                if (!cluster.equals(Y.str(topic, "metadata", "labels", "strimzi.io/cluster"))) {
                    continue;
                }
                String name = topicName(topic);
                int replicas = Y.integer(topic, Y.integer(config, 1, "default.replication.factor"), "spec", "replicas");
                int minIsr = Y.integer(topic, defaultMinIsr, "spec", "config", "min.insync.replicas");
                if (replicas > brokers) {
                    problems.add(name + ": " + replicas + " replicas but Kafka " + cluster + " has " + brokers + " brokers");
                }
                if (minIsr > replicas) {
                    problems.add(name + ": min.insync.replicas " + minIsr + " > " + replicas + " replicas: no write is ever acknowledged");
                } else if (highlyAvailable && minIsr >= replicas) {
                    problems.add(name + ": min.insync.replicas " + minIsr + " with " + replicas
                            + " replicas: acks=all writes stop when one broker is down, so they do not survive its loss");
                } else if (highlyAvailable && minIsr < 2) {
                    problems.add(name + ": min.insync.replicas " + minIsr + " with " + replicas
                            + " replicas: an acknowledged write may be on one broker only and not survive its loss");
                }
            }
        }
        return problems;
    }

    static List<String> consumerScaling(Manifests m, Map<String, Properties> properties) {
        List<String> problems = new ArrayList<>();
        for (String service : CONSUMERS) {
            Map<String, String> env = m.environment(m.container(service));
            for (Channel channel : Channel.incoming(properties.get(service))) {
                String variable = "MP_MESSAGING_INCOMING_" + channel.name().toUpperCase().replaceAll("[^A-Z0-9]", "_") + "_CONCURRENCY";
                int concurrency = Integer.parseInt(env.getOrDefault(variable,
                        properties.get(service).getProperty("mp.messaging.incoming." + channel.name() + ".concurrency", "1")).trim());
                Map<String, Object> topic = m.ofKind("KafkaTopic").stream()
                        .filter(t -> channel.topic().equals(topicName(t))).findFirst().orElse(null);
                if (topic == null) {
                    problems.add(service + ": its input topic " + channel.topic() + " is no KafkaTopic");
                    continue;
                }
                int partitions = Y.integer(topic, 0, "spec", "partitions");
                Map<String, Object> hpa = m.named("HorizontalPodAutoscaler", service);
                int max = hpa != null ? Y.integer(hpa, 0, "spec", "maxReplicas") : Y.integer(m.named("Deployment", service), 1, "spec", "replicas");
                if (max * concurrency > partitions) {
                    problems.add(service + ": up to " + max + " replicas x " + concurrency + " consumers per pod (concurrency) = "
                            + max * concurrency + " consumers for " + partitions + " partitions of " + channel.topic()
                            + ": a partition has at most one consumer in group " + channel.group() + ", the rest would idle");
                }
            }
        }
        return problems;
    }

    static List<String> kafkaClients(Manifests m, Map<String, Properties> properties) {
        List<String> problems = new ArrayList<>();
        for (String service : SERVICES) {
            Map<String, Object> container = m.container(service);
            Map<String, String> env = m.environment(container);
            String bootstrap = env.getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "");
            Map<String, Object> listener = null;
            String cluster = null;
            for (Map<String, Object> kafka : m.ofKind("Kafka")) {
                for (Object l : Y.list(kafka, "spec", "kafka", "listeners")) {
                    if (bootstrap.equals(Manifests.name(kafka) + "-kafka-bootstrap:" + Y.str(l, "port"))) {
                        listener = Y.cast(l);
                        cluster = Manifests.name(kafka);
                    }
                }
            }
            if (listener == null) {
                problems.add(service + ": KAFKA_BOOTSTRAP_SERVERS=" + bootstrap + " is no listener of a rendered Kafka"
                        + " (<kafka>-kafka-bootstrap:<port>)");
                continue;
            }
            boolean tls = Boolean.TRUE.equals(listener.get("tls"));
            String authentication = Y.str(listener, "authentication", "type");
            if (!"scram-sha-512".equals(authentication)) {
                problems.add(service + ": listener " + listener.get("name") + " authenticates with " + authentication
                        + ", not scram-sha-512: the KafkaUsers' ACLs would name no one");
                continue;
            }
            expect(problems, service, env, "KAFKA_SECURITY_PROTOCOL", tls ? "SASL_SSL" : "SASL_PLAINTEXT");
            expect(problems, service, env, "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512");
            String jaas = env.getOrDefault("KAFKA_SASL_JAAS_CONFIG", "");
            Matcher secret = Pattern.compile("<secret ([^/]+)/sasl\\.jaas\\.config>").matcher(jaas);
            Map<String, Object> user = secret.matches() ? m.named("KafkaUser", secret.group(1)) : null;
            if (user == null || !cluster.equals(Y.str(user, "metadata", "labels", "strimzi.io/cluster"))) {
                problems.add(service + ": KAFKA_SASL_JAAS_CONFIG=" + jaas + " is not the sasl.jaas.config of a KafkaUser of " + cluster);
            } else {
                problems.addAll(acls(service, user, properties.get(service)));
            }
            if (tls) {
                String ca = cluster + "-cluster-ca-cert";
                expect(problems, service, env, "KAFKA_SSL_TRUSTSTORE_TYPE", "PKCS12");
                expect(problems, service, env, "KAFKA_SSL_TRUSTSTORE_PASSWORD", "<secret " + ca + "/ca.password>");
                String location = env.get("KAFKA_SSL_TRUSTSTORE_LOCATION");
                if (location == null || !location.equals(mountedSecretFiles(m, service, container).get(ca + "/ca.p12"))) {
                    problems.add(service + ": KAFKA_SSL_TRUSTSTORE_LOCATION=" + location + " is not where " + ca
                            + "'s ca.p12 is mounted " + mountedSecretFiles(m, service, container));
                }
            }
        }
        return problems;
    }

    /** What the service's channels need: Read on input topics and groups, Write on output and dead-letter topics. */
    private static List<String> acls(String service, Map<String, Object> user, Properties properties) {
        List<String> problems = new ArrayList<>();
        List<String[]> needed = new ArrayList<>();   // {resource type, name, operation}
        for (Channel channel : Channel.incoming(properties)) {
            needed.add(new String[] {"topic", channel.topic(), "Read"});
            needed.add(new String[] {"group", channel.group(), "Read"});
            if (channel.deadLetterTopic() != null) {
                needed.add(new String[] {"topic", channel.deadLetterTopic(), "Write"});
            }
        }
        for (String key : properties.stringPropertyNames()) {
            if (key.matches("mp\\.messaging\\.outgoing\\.[^.]+\\.topic")) {
                needed.add(new String[] {"topic", properties.getProperty(key).trim(), "Write"});
            }
        }
        List<Object> acls = Y.list(user, "spec", "authorization", "acls");
        for (String[] need : needed) {
            boolean granted = acls.stream().anyMatch(acl -> {
                String type = Y.str(acl, "resource", "type");
                String name = Y.str(acl, "resource", "name");
                boolean prefix = "prefix".equals(Y.str(acl, "resource", "patternType"));
                Set<String> operations = Y.strings(acl, "operations");
                return need[0].equals(type) && ("*".equals(name) || need[1].equals(name) || (prefix && need[1].startsWith(name)))
                        && (operations.contains(need[2]) || operations.contains("All"));
            });
            if (!granted) {
                problems.add(service + ": its KafkaUser " + Manifests.name(user) + " may not " + need[2] + " " + need[0] + " " + need[1]);
            }
        }
        return problems;
    }

    /** secretName/key -> the path the container sees it at. */
    private static Map<String, String> mountedSecretFiles(Manifests m, String service, Map<String, Object> container) {
        Map<String, String> files = new LinkedHashMap<>();
        for (Object mount : Y.list(container, "volumeMounts")) {
            for (Object volume : Y.list(m.pod(service), "spec", "volumes")) {
                String secretName = Y.str(volume, "secret", "secretName");
                if (secretName != null && Y.str(volume, "name").equals(Y.str(mount, "name"))) {
                    Y.list(volume, "secret", "items").forEach(item -> files.put(secretName + "/" + Y.str(item, "key"),
                            Y.str(mount, "mountPath") + "/" + Y.str(item, "path")));
                }
            }
        }
        return files;
    }

    /** The services with a database of their own: the store (articles) and ingest (its id registry). */
    static final List<String> DATASOURCE_SERVICES = List.of("store-service", "ingest-service");

    static List<String> database(Manifests m) {
        List<String> problems = new ArrayList<>();
        for (String service : DATASOURCE_SERVICES) {
            problems.addAll(database(m, service));
        }
        return problems;
    }

    /**
     * {@code service} writes to the initdb database of a rendered CloudNativePG Cluster, through its -rw Service, as
     * the owner the operator made (its -app Secret); no Cluster gives anyone a superuser; the store's creates the
     * analysts' role.
     */
    static List<String> database(Manifests m, String service) {
        List<String> problems = new ArrayList<>();
        Map<String, String> env = m.environment(m.container(service));
        String url = env.getOrDefault("QUARKUS_DATASOURCE_JDBC_URL", "");
        Map<String, Object> cluster = m.ofKind("Cluster").stream()
                .filter(c -> url.matches("jdbc:postgresql://" + Pattern.quote(Manifests.name(c) + "-rw") + "(:5432)?/"
                        + Pattern.quote(String.valueOf(Y.get(c, "spec", "bootstrap", "initdb", "database"))) + "(\\?.*)?"))
                .findFirst().orElse(null);
        if (cluster == null) {
            problems.add(service + ": QUARKUS_DATASOURCE_JDBC_URL=" + url + " is not the -rw Service and initdb database"
                    + " of a rendered CloudNativePG Cluster");
            return problems;
        }
        String app = Manifests.name(cluster) + "-app";
        expect(problems, service, env, "QUARKUS_DATASOURCE_USERNAME", "<secret " + app + "/username>");
        expect(problems, service, env, "QUARKUS_DATASOURCE_PASSWORD", "<secret " + app + "/password>");
        if (Y.get(cluster, "spec", "bootstrap", "initdb", "owner") == null) {
            problems.add(Manifests.name(cluster) + ": bootstrap.initdb names no owner: " + app + " would not be the owner's");
        }
        if (Boolean.TRUE.equals(Y.get(cluster, "spec", "enableSuperuserAccess"))) {
            problems.add(Manifests.name(cluster) + ": enableSuperuserAccess is true: no service needs a superuser");
        }
        boolean reader = Y.list(cluster, "spec", "bootstrap", "initdb", "postInitApplicationSQL").stream()
                .anyMatch(sql -> String.valueOf(sql).toLowerCase().matches("\\s*create role newspipe_reader\\b.*"))
                || Y.list(cluster, "spec", "managed", "roles").stream().anyMatch(r -> "newspipe_reader".equals(Y.str(r, "name")));
        if (service.equals("store-service") && !reader) {
            problems.add(Manifests.name(cluster) + ": creates no role newspipe_reader, which the store's migrations grant SELECT to");
        }
        return problems;
    }

    static List<String> images(Manifests m) {
        List<String> problems = new ArrayList<>();
        for (String service : SERVICES) {
            String image = String.valueOf(m.container(service).get("image"));
            int slash = image.lastIndexOf('/');
            int colon = image.lastIndexOf(':');
            String repository = colon > slash ? image.substring(0, colon) : image;
            String tag = colon > slash ? image.substring(colon + 1) : "";
            if (!repository.equals(service) && !repository.endsWith("/" + service)) {
                problems.add(service + ": runs image " + image + ", not one built from " + service + "/src/main/docker/Dockerfile.jvm");
            }
            if (tag.isEmpty() || tag.equals("latest")) {
                problems.add(service + ": image " + image + " has no pinned tag (latest or none): set one with the overlay's images:");
            }
        }
        return problems;
    }

    // ---------------------------------------------------------------------------------------------------------

    /** An incoming channel of a service's application.properties. */
    record Channel(String name, String topic, String group, String deadLetterTopic) {
        static List<Channel> incoming(Properties properties) {
            List<Channel> channels = new ArrayList<>();
            for (String key : new TreeSet<>(properties.stringPropertyNames())) {
                Matcher matcher = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topic").matcher(key);
                if (matcher.matches()) {
                    String prefix = "mp.messaging.incoming." + matcher.group(1) + ".";
                    channels.add(new Channel(matcher.group(1), properties.getProperty(key).trim(),
                            properties.getProperty(prefix + "group.id"), properties.getProperty(prefix + "dead-letter-queue.topic")));
                }
            }
            return channels;
        }
    }

    static String topicName(Map<String, Object> topic) {
        String name = Y.str(topic, "spec", "topicName");
        return name != null ? name : Manifests.name(topic);
    }

    private static Integer containerPort(Map<String, Object> container, Object port) {
        if (port == null) {
            return null;
        }
        for (Object p : Y.list(container, "ports")) {
            if (String.valueOf(port).equals(Y.str(p, "name")) || String.valueOf(port).equals(Y.str(p, "containerPort"))) {
                return Y.integer(p, -1, "containerPort");
            }
        }
        return null;
    }

    private static void expect(List<String> problems, String service, Map<String, ?> values, String key, String expected) {
        Object actual = values.get(key);
        if (!expected.equals(actual == null ? null : String.valueOf(actual))) {
            problems.add(service + ": " + key + " is " + actual + ", not " + expected);
        }
    }

    /** A Kubernetes quantity (500m, 2, 512Mi, 1Gi) in base units. */
    static BigDecimal quantity(String text) {
        Matcher q = Pattern.compile("([0-9.]+)([a-zA-Z]*)").matcher(text.trim());
        if (!q.matches()) {
            throw new IllegalArgumentException("not a quantity: " + text);
        }
        BigDecimal number = new BigDecimal(q.group(1));
        long factor = switch (q.group(2)) {
            case "" -> 1;
            case "Ki" -> 1L << 10;
            case "Mi" -> 1L << 20;
            case "Gi" -> 1L << 30;
            case "Ti" -> 1L << 40;
            case "k" -> 1_000;
            case "M" -> 1_000_000;
            case "G" -> 1_000_000_000;
            case "m" -> -1000;
            default -> throw new IllegalArgumentException("unknown unit in " + text);
        };
        return factor < 0 ? number.divide(BigDecimal.valueOf(-factor)) : number.multiply(BigDecimal.valueOf(factor));
    }
}
