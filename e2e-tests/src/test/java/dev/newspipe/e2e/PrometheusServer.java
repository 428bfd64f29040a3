package dev.newspipe.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newspipe.contract.EventJson;
import dev.newspipe.infra.LoggedProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * A real Prometheus server (the {@code prometheus} binary; {@code .ci/run} installs Debian's package) for tests
 * that check what the compose stack's Prometheus and Grafana would see: it scrapes the services' /q/metrics and
 * answers PromQL over its HTTP API, as it answers Grafana.
 */
final class PrometheusServer implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final LoggedProcess process;
    private final String baseUrl;

    private PrometheusServer(LoggedProcess process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /** Starts {@code binary} with {@code config}, its data under {@code workDir}, and waits until it is ready. */
    static PrometheusServer start(Path binary, Path config, Path workDir, int port) {
        LoggedProcess process = LoggedProcess.start("prometheus", List.of(binary.toString(),
                "--config.file=" + config,
                "--storage.tsdb.path=" + workDir.resolve("prometheus-data"),
                "--web.listen-address=127.0.0.1:" + port), Map.of(), workDir.resolve("prometheus.log"));
        PrometheusServer server = new PrometheusServer(process, "http://127.0.0.1:" + port);
        process.awaitHttpOk(URI.create(server.baseUrl + "/-/ready"), Duration.ofSeconds(30));
        return server;
    }

    /** Health of each active scrape target by job ("up", "down", "unknown"), from /api/v1/targets. */
    Map<String, String> targetHealth() {
        Map<String, String> health = new HashMap<>();
        for (JsonNode target : get("/api/v1/targets").path("data").path("activeTargets")) {
            health.put(target.path("labels").path("job").asText(), target.path("health").asText());
        }
        return health;
    }

    /** One series of an instant query: its labels and value (NaN and ±Inf as Prometheus writes them). */
    record Series(Map<String, String> labels, double value) {
    }

    /** {@code promql} evaluated now, as Grafana's instant queries are (/api/v1/query). */
    List<Series> query(String promql) {
        JsonNode answer = get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
        if (!"success".equals(answer.path("status").asText())) {
            throw new AssertionError("Prometheus refused " + promql + ": " + answer);
        }
        return StreamSupport.stream(answer.path("data").path("result").spliterator(), false)
                .map(series -> {
                    Map<String, String> labels = new HashMap<>();
                    series.path("metric").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
                    return new Series(labels, Double.parseDouble(series.path("value").path(1).asText()));
                })
                .toList();
    }

    private JsonNode get(String pathAndQuery) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            return EventJson.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String log() {
        return process.logTail(30);
    }

    @Override
    public void close() {
        process.requestStop();
        process.awaitExit(Duration.ofSeconds(10));
    }
}
