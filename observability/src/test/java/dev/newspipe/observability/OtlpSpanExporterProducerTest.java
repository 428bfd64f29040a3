package dev.newspipe.observability;

import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Spans reach a collector over OTLP/HTTP only when an endpoint is configured; otherwise nothing connects. */
class OtlpSpanExporterProducerTest {

    private HttpServer collector;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startCollector() throws IOException {
        collector = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        collector.createContext("/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                    + exchange.getRequestHeaders().getFirst("Content-Type"));
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        collector.start();
    }

    @AfterEach
    void stopCollector() {
        collector.stop(0);
    }

    private void exportOneSpan(SpanExporter exporter) {
        try (SdkTracerProvider tracing = SdkTracerProvider.builder()
                .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build()) {
            tracing.get("test").spanBuilder("one").startSpan().end();
            tracing.forceFlush().join(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void withAnEndpointSpansArePostedToItsTracesPath() {
        String endpoint = "http://127.0.0.1:" + collector.getAddress().getPort();
        exportOneSpan(new OtlpSpanExporterProducer().spanExporter(Optional.of(endpoint)));
        assertEquals(List.of("POST /v1/traces application/x-protobuf"), requests);
    }

    @Test
    void withoutAnEndpointNothingIsSentAnywhere() {
        SpanExporter exporter = new OtlpSpanExporterProducer().spanExporter(Optional.of("  "));
        exportOneSpan(exporter);
        assertTrue(exporter instanceof OtlpSpanExporterProducer.DroppingSpanExporter, exporter.toString());
        assertEquals(List.of(), requests);
        assertTrue(new OtlpSpanExporterProducer().spanExporter(Optional.empty())
                instanceof OtlpSpanExporterProducer.DroppingSpanExporter);
    }

    @Test
    void aFullTracesUrlIsKeptAndABaseUrlGetsTheTracesPath() {
        assertEquals("http://c:4318/v1/traces", OtlpSpanExporterProducer.tracesUrl("http://c:4318"));
        assertEquals("http://c:4318/v1/traces", OtlpSpanExporterProducer.tracesUrl("http://c:4318/"));
        assertEquals("http://c:4318/v1/traces", OtlpSpanExporterProducer.tracesUrl("http://c:4318/v1/traces"));
    }
}
