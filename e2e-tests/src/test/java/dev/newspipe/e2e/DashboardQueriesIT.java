package dev.newspipe.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newspipe.contract.EventJson;
import dev.newspipe.contract.Topics;
import dev.newspipe.e2e.PrometheusServer.Series;
import dev.newspipe.infra.ApiCredentials;
import dev.newspipe.infra.FreePorts;
import dev.newspipe.infra.PipelineStack;
import dev.newspipe.infra.ServiceProcess;
import dev.newspipe.infra.SharedData;
import dev.newspipe.infra.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Grafana dashboard against the running pipeline: a real Prometheus, configured from the file docker-compose.yml
 * mounts into its Prometheus ({@code deploy/observability/prometheus.yml}; only its targets pointed at the three packaged services on this
 * machine, and a 1 s scrape interval), scrapes them while articles, malformed requests, poison records and a
 * redelivery go through. Then every query of every panel of {@code newspipe-pipeline.json} is run as Grafana runs
 * it, and must show that traffic: a series for every stage, status, stage of dead-lettering, and partition, with
 * the labels its legend names and rates above zero. Grafana itself cannot run here (no Docker, no package); the
 * provisioning that points it at this Prometheus is checked by {@link ComposeConfigurationTest}.
 */
class DashboardQueriesIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Path ROOT = Path.of(System.getProperty("newspipe.root", "..")).toAbsolutePath().normalize();
    private static final Path DASHBOARD = ROOT.resolve("deploy/observability/grafana/dashboards/newspipe-pipeline.json");
    private static final int PARTITIONS = 2;
    private static final Set<String> PIPELINE_TOPICS = Set.of(Topics.SUBMITTED, Topics.ENRICHED, Topics.DLQ_ENRICH,
            Topics.DLQ_STORE);
    private static final int ARTICLES_PER_WAVE = 6;
    private static final Pattern LEGEND_LABEL = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");

    @TempDir
    static Path workDir;
    private static PipelineStack stack;
    private static PrometheusServer prometheus;
    private static String database;

    @BeforeAll
    static void startPipelineAndPrometheus() throws IOException {
        assumeTrue(Executables.onPath("prometheus").isPresent(),
                "no prometheus on the PATH (.ci/run installs Debian's package 'prometheus')");
        database = "newspipe_dash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        stack = PipelineStack.start(new PipelineStack.Options(ROOT, workDir, 0, FreePorts.next(), FreePorts.next(),
                FreePorts.next(), PARTITIONS, database, System.getenv()));
        Path config = workDir.resolve("prometheus.yml");
        Files.writeString(config, localPrometheusConfig());
        prometheus = PrometheusServer.start(Executables.onPath("prometheus").orElseThrow(), config, workDir,
                FreePorts.next());
    }

    @AfterAll
    static void stopAll() {
        if (prometheus != null) {
            prometheus.close();
        }
        if (stack != null) {
            if (stack.infrastructure().postgres() != null) {
                stack.services().forEach(ServiceProcess::close);
                PipelineStack.dropDatabases(stack.infrastructure().postgres(), database);
            }
            stack.close();
        }
    }

    @Test
    void everyPanelShowsThePipelineTraffic() throws Exception {
        awaitTargetsUp();
        // Two waves: a counter's first sample already holds its first increments, so rate() only sees what
        // happens after Prometheus has scraped the series once.
        TopicProbe probe = new TopicProbe(stack.kafkaBootstrapServers());
        sendWave(probe, 1);
        awaitScraped(ARTICLES_PER_WAVE);
        sendWave(probe, 2);
        awaitScraped(2 * ARTICLES_PER_WAVE);

        List<Panel> panels = dashboardPanels();
        assertEquals(Set.of("Throughput per stage (articles/s)", "Errors (per s)", "Consumer lag per partition (records)",
                "Latency percentiles"), panels.stream().map(Panel::title).collect(Collectors.toSet()));
        List<String> problems = awaitPanels(panels, Duration.ofSeconds(30));
        // What Grafana would draw now, for the report.
        for (Panel panel : panels) {
            for (Target target : panel.targets()) {
                System.out.printf("%s / %s: %s%n", panel.title(), target.legend(), prometheus.query(target.expr()));
            }
        }
        assertTrue(problems.isEmpty(), "the dashboard does not show the traffic:\n" + String.join("\n", problems)
                + "\nprometheus log:\n" + prometheus.log());
    }

    /** What each panel must show after two waves of traffic; empty when all of it is there. */
    private static List<String> panelProblems(List<Panel> panels) {
        List<String> problems = new ArrayList<>();
        for (Panel panel : panels) {
            for (Target target : panel.targets()) {
                List<Series> result = prometheus.query(target.expr());
                String where = panel.title() + " / " + target.legend() + " (" + target.expr() + "): ";
                if (result.isEmpty()) {
                    problems.add(where + "no series");
                    continue;
                }
                for (Series series : result) {
                    String topic = series.labels().get("topic");
                    if (topic != null && !PIPELINE_TOPICS.contains(topic)) {
                        // Kafka 4.1 reports each partition's metrics twice, the second time under the deprecated
                        // name with '_' for '.' (KIP-1109): a panel that shows it counts every partition twice.
                        problems.add(where + "topic " + topic + " is not a pipeline topic: " + series.labels());
                    }
                    if (!Double.isFinite(series.value())) {
                        problems.add(where + series.labels() + " is " + series.value());
                    }
                    for (String label : target.legendLabels()) {
                        if (!series.labels().containsKey(label)) {
                            problems.add(where + "legend names {{" + label + "}}, series has " + series.labels());
                        }
                    }
                }
                boolean isRateOrLatency = target.expr().contains("rate(");
                if (isRateOrLatency && result.stream().noneMatch(s -> s.value() > 0)) {
                    problems.add(where + "no series above zero: " + result);
                }
            }
        }
        // Beyond "something": the series the traffic of sendWave must have made, each above zero.
        requireSeries(problems, "sum by (status) (rate(newspipe_articles_rejected_total[1m]))", "status",
                Set.of("400", "415"));
        requireSeries(problems, "sum by (stage) (rate(newspipe_articles_dead_lettered_total[1m]))", "stage",
                Set.of("enrich", "store"));
        requireSeries(problems, "sum(rate(newspipe_articles_duplicates_skipped_total[1m]))", null, Set.of(""));
        for (String[] consumer : new String[][] {{"enrich-service", Topics.SUBMITTED}, {"store-service", Topics.ENRICHED}}) {
            Set<String> partitions = prometheus.query(lagQuery(consumer[0], consumer[1])).stream()
                    .map(s -> s.labels().get("partition")).collect(Collectors.toCollection(TreeSet::new));
            if (partitions.size() != PARTITIONS) {
                problems.add("lag of " + consumer[0] + " on " + consumer[1] + ": partitions " + partitions
                        + ", expected " + PARTITIONS);
            }
        }
        return problems;
    }

    private static String lagQuery(String job, String topic) {
        return "kafka_consumer_fetch_manager_records_lag{job=\"" + job + "\",topic=\"" + topic + "\"}";
    }

    /** {@code promql} has a series above zero for each of {@code values} of {@code label} (null: one series). */
    private static void requireSeries(List<String> problems, String promql, String label, Set<String> values) {
        Map<String, Double> byValue = prometheus.query(promql).stream().collect(Collectors.toMap(
                s -> label == null ? "" : s.labels().getOrDefault(label, ""), Series::value, Double::sum));
        for (String value : values) {
            if (!(byValue.getOrDefault(value, 0.0) > 0)) {
                problems.add(promql + ": no " + (label == null ? "series" : label + "=" + value) + " above zero: "
                        + byValue);
            }
        }
    }

    private static List<String> awaitPanels(List<Panel> panels, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> problems = panelProblems(panels);
        while (!problems.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            problems = panelProblems(panels);
        }
        return problems;
    }

    /**
     * One wave: {@link #ARTICLES_PER_WAVE} articles of the sample's size posted, one malformed body (400) and one
     * of the wrong media type (415), a poison record on each consumed topic (one dead letter per stage), and one
     * enriched record delivered a second time (a duplicate the store skips).
     */
    private static void sendWave(TopicProbe probe, int wave) throws Exception {
        JsonNode sample = EventJson.MAPPER.readTree(SharedData.bytes(SharedData.SAMPLE_JA));
        String prefix = "dash-" + wave + "-";
        for (int i = 0; i < ARTICLES_PER_WAVE; i++) {
            ObjectNode article = EventJson.MAPPER.createObjectNode();
            article.put("id", prefix + i);
            article.put("title", sample.path("title").asText() + " (" + wave + "/" + i + ")");
            article.put("body", sample.path("body").asText());
            article.put("published_at", "2025-10-28");
            article.put("source", "Dashboard test");
            assertEquals(202, post("application/json", article.toString()).statusCode());
        }
        assertEquals(400, post("application/json", "{\"title\": ").statusCode());
        assertEquals(415, post("text/plain", "an article").statusCode());
        byte[] poison = "{not json".getBytes(StandardCharsets.UTF_8);
        probe.send(Topics.SUBMITTED, prefix + "poison", poison);
        probe.send(Topics.ENRICHED, prefix + "poison", poison);

        List<ConsumerRecord<String, String>> enriched = probe.await(Topics.ENRICHED,
                r -> r.key() != null && r.key().startsWith(prefix) && r.value().startsWith("{\""), ARTICLES_PER_WAVE,
                Duration.ofSeconds(60));
        assertEquals(ARTICLES_PER_WAVE, enriched.size(), "articles of wave " + wave + " enriched");
        ConsumerRecord<String, String> again = enriched.get(0);
        probe.send(Topics.ENRICHED, again.key(), again.value().getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> post(String contentType, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(stack.service("ingest-service").baseUrl() + "/articles"))
                .header("Content-Type", contentType)
                .header("Authorization", ApiCredentials.header(stack.credentials().publisherKey()))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitTargetsUp() throws InterruptedException {
        Map<String, String> expected = Map.of("ingest-service", "up", "enrich-service", "up", "store-service", "up");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Map<String, String> health = prometheus.targetHealth();
        while (!health.equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(500);
            health = prometheus.targetHealth();
        }
        assertEquals(expected, health, "scrape targets\n" + prometheus.log());
    }

    /**
     * Until Prometheus has scraped {@code articles} accepted, enriched and stored, and each wave's duplicate,
     * dead letters and rejections.
     */
    private static void awaitScraped(int articles) throws InterruptedException {
        int waves = articles / ARTICLES_PER_WAVE;
        Map<String, Double> expected = new LinkedHashMap<>();
        expected.put("sum(newspipe_articles_accepted_total)", (double) articles);
        expected.put("sum(newspipe_articles_enriched_total)", (double) articles);
        expected.put("sum(newspipe_articles_stored_total)", (double) articles);
        expected.put("sum(newspipe_articles_duplicates_skipped_total)", (double) waves);
        expected.put("sum(newspipe_articles_dead_lettered_total)", 2.0 * waves);
        expected.put("sum(newspipe_articles_rejected_total)", 2.0 * waves);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Map<String, Double> seen = scraped(expected.keySet());
        while (!seen.equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(500);
            seen = scraped(expected.keySet());
        }
        assertEquals(expected, seen, "what Prometheus scraped after wave " + waves);
    }

    private static Map<String, Double> scraped(Set<String> queries) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String query : queries) {
            values.put(query, prometheus.query(query).stream().mapToDouble(Series::value).sum());
        }
        return values;
    }

    /** The compose Prometheus configuration, its targets pointed at this run's services (job name = service). */
    @SuppressWarnings("unchecked")
    private static String localPrometheusConfig() {
        Path composeFile = ComposeConfigurationTest.Checks.prometheusConfigFile(ROOT,
                ComposeConfigurationTest.Checks.yaml(ROOT.resolve("docker-compose.yml")));
        Map<String, Object> config = ComposeConfigurationTest.Checks.yaml(composeFile);
        ((Map<String, Object>) config.get("global")).put("scrape_interval", "1s");
        for (Object job : (List<Object>) config.get("scrape_configs")) {
            Map<String, Object> scrape = (Map<String, Object>) job;
            String service = String.valueOf(scrape.get("job_name"));
            String hostPort = URI.create(stack.service(service).baseUrl()).getAuthority();
            scrape.put("static_configs", List.of(Map.of("targets", List.of(hostPort))));
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        return new Yaml(options).dump(config);
    }

    record Target(String expr, String legend) {
        List<String> legendLabels() {
            List<String> labels = new ArrayList<>();
            Matcher m = LEGEND_LABEL.matcher(legend == null ? "" : legend);
            while (m.find()) {
                labels.add(m.group(1));
            }
            return labels;
        }
    }

    record Panel(String title, List<Target> targets) {
    }

    private static List<Panel> dashboardPanels() throws IOException {
        JsonNode dashboard = EventJson.MAPPER.readTree(DASHBOARD.toFile());
        List<Panel> panels = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            List<Target> targets = new ArrayList<>();
            for (JsonNode target : panel.path("targets")) {
                targets.add(new Target(target.path("expr").asText(), target.path("legendFormat").asText(null)));
            }
            assertFalse(targets.isEmpty(), "panel " + panel.path("title").asText() + " has no query");
            panels.add(new Panel(panel.path("title").asText(), targets));
        }
        return panels;
    }
}
