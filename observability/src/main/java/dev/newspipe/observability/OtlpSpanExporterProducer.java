package dev.newspipe.observability;

import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Collection;
import java.util.Optional;

/**
 * The span exporter Quarkus hands its batch span processor ({@code quarkus.otel.traces.exporter=cdi}): the upstream
 * OTLP/HTTP exporter when {@code newspipe.otlp.endpoint} is set, else one that drops spans. Decided at start-up,
 * from runtime configuration, because Quarkus' own exporter can only be switched off at build time and otherwise
 * falls back to localhost:4317 when no endpoint is given.
 */
public class OtlpSpanExporterProducer {

    private static final Logger LOG = Logger.getLogger(OtlpSpanExporterProducer.class);

    @Produces
    @Singleton
    SpanExporter spanExporter(@ConfigProperty(name = "newspipe.otlp.endpoint") Optional<String> endpoint) {
        Optional<String> base = endpoint.map(String::strip).filter(s -> !s.isEmpty());
        if (base.isEmpty()) {
            LOG.debug("No OTLP endpoint configured (newspipe.otlp.endpoint, OTEL_EXPORTER_OTLP_ENDPOINT): spans are not exported");
            return new DroppingSpanExporter();
        }
        String url = tracesUrl(base.get());
        LOG.infof("Exporting spans over OTLP/HTTP to %s", url);
        return OtlpHttpSpanExporter.builder().setEndpoint(url).build();
    }

    /** The base URL of a collector (http://collector:4318) or its full traces URL, as OTel's own variables allow. */
    static String tracesUrl(String endpoint) {
        if (endpoint.endsWith("/v1/traces")) {
            return endpoint;
        }
        return (endpoint.endsWith("/") ? endpoint : endpoint + "/") + "v1/traces";
    }

    static final class DroppingSpanExporter implements SpanExporter {
        @Override
        public CompletableResultCode export(Collection<SpanData> spans) {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
        }
    }
}
