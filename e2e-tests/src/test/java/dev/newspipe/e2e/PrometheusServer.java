package dev.newspipe.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newspipe.contract.EventJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

/**
 * A real Prometheus server (the {@code prometheus} binary; {@code .ci/run} installs Debian's package) for tests
 * that check what the compose stack's Prometheus and Grafana would see: it scrapes the services' /q/metrics and
 * answers PromQL over its HTTP API, as it answers Grafana.
 */
final class PrometheusServer implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final String baseUrl;
    private final Path logFile;

    private PrometheusServer(Process process, String baseUrl, Path logFile) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.logFile = logFile;
    }

    /** Starts {@code binary} with {@code config}, its data under {@code workDir}, and waits until it is ready. */
    static PrometheusServer start(Path binary, Path config, Path workDir, int port) {
        Path logFile = workDir.resolve("prometheus.log");
        try {
            Path data = Files.createDirectories(workDir.resolve("prometheus-data"));
            Process process = new ProcessBuilder(binary.toString(),
                    "--config.file=" + config,
                    "--storage.tsdb.path=" + data,
                    "--web.listen-address=127.0.0.1:" + port)
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile())
                    .start();
            PrometheusServer server = new PrometheusServer(process, "http://127.0.0.1:" + port, logFile);
            server.awaitReady(Duration.ofSeconds(30));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + binary, e);
        }
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("prometheus exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/-/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(200);
        }
        throw new IllegalStateException("prometheus not ready within " + timeout + ":\n" + log());
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
        try {
            List<String> lines = Files.readAllLines(logFile);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
