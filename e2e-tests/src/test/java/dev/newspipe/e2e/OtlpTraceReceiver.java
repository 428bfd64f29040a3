package dev.newspipe.e2e;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A minimal OTLP/HTTP collector for tests: accepts {@code POST /v1/traces} (protobuf ExportTraceServiceRequest) and
 * keeps the spans. Reads the protobuf wire format itself, for the few fields a test asserts on (field numbers from
 * opentelemetry-proto: trace/v1/trace.proto, resource/v1/resource.proto, common/v1/common.proto).
 */
final class OtlpTraceReceiver implements AutoCloseable {

    /** A received span: which service sent it (resource attribute service.name), its ids (hex) and name. */
    record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String name, int kind) {
        static final int SERVER = 2;
        static final int PRODUCER = 4;
        static final int CONSUMER = 5;
    }

    private final HttpServer server;
    private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();

    OtlpTraceReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v1/traces", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                spans.addAll(decode(in.readAllBytes()));
                exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
                exchange.sendResponseHeaders(200, 0); // an empty ExportTraceServiceResponse
            } catch (RuntimeException e) {
                exchange.sendResponseHeaders(400, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    /** The base URL, as OTEL_EXPORTER_OTLP_ENDPOINT takes it. */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<ReceivedSpan> spans() {
        return List.copyOf(spans);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    static List<ReceivedSpan> decode(byte[] request) {
        List<ReceivedSpan> result = new ArrayList<>();
        for (Field resourceSpans : Field.read(request)) {
            if (resourceSpans.number != 1) {
                continue;
            }
            String service = null;
            List<Field> parts = Field.read(resourceSpans.bytes);
            for (Field part : parts) {
                if (part.number == 1) { // Resource
                    for (Field attribute : Field.read(part.bytes)) {
                        if (attribute.number == 1) { // KeyValue
                            String key = null;
                            String value = null;
                            for (Field kv : Field.read(attribute.bytes)) {
                                if (kv.number == 1) {
                                    key = kv.string();
                                } else if (kv.number == 2) { // AnyValue.string_value
                                    value = Field.read(kv.bytes).stream().filter(f -> f.number == 1).map(Field::string)
                                            .findFirst().orElse(null);
                                }
                            }
                            if ("service.name".equals(key)) {
                                service = value;
                            }
                        }
                    }
                }
            }
            for (Field part : parts) {
                if (part.number != 2) { // ScopeSpans
                    continue;
                }
                for (Field span : Field.read(part.bytes)) {
                    if (span.number != 2) {
                        continue;
                    }
                    String traceId = "";
                    String spanId = "";
                    String parent = "";
                    String name = "";
                    int kind = 0;
                    for (Field f : Field.read(span.bytes)) {
                        switch (f.number) {
                            case 1 -> traceId = HexFormat.of().formatHex(f.bytes);
                            case 2 -> spanId = HexFormat.of().formatHex(f.bytes);
                            case 4 -> parent = HexFormat.of().formatHex(f.bytes);
                            case 5 -> name = f.string();
                            case 6 -> kind = (int) f.varint;
                            default -> { }
                        }
                    }
                    result.add(new ReceivedSpan(service, traceId, spanId, parent, name, kind));
                }
            }
        }
        return result;
    }

    /** One protobuf field: its number and either its varint/fixed value or its length-delimited bytes. */
    private record Field(int number, long varint, byte[] bytes) {

        String string() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        static List<Field> read(byte[] buffer) {
            List<Field> fields = new ArrayList<>();
            int[] pos = {0};
            while (pos[0] < buffer.length) {
                long tag = varint(buffer, pos);
                int number = (int) (tag >>> 3);
                int wireType = (int) (tag & 7);
                switch (wireType) {
                    case 0 -> fields.add(new Field(number, varint(buffer, pos), null));
                    case 1 -> {
                        fields.add(new Field(number, 0, java.util.Arrays.copyOfRange(buffer, pos[0], pos[0] + 8)));
                        pos[0] += 8;
                    }
                    case 2 -> {
                        int length = (int) varint(buffer, pos);
                        fields.add(new Field(number, 0, java.util.Arrays.copyOfRange(buffer, pos[0], pos[0] + length)));
                        pos[0] += length;
                    }
                    case 5 -> {
                        fields.add(new Field(number, 0, java.util.Arrays.copyOfRange(buffer, pos[0], pos[0] + 4)));
                        pos[0] += 4;
                    }
                    default -> throw new IllegalArgumentException("wire type " + wireType + " at " + pos[0]);
                }
            }
            return fields;
        }

        private static long varint(byte[] buffer, int[] pos) {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                byte b = buffer[pos[0]++];
                value |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
            throw new IllegalArgumentException("malformed varint");
        }
    }
}
