package dev.newspipe.e2e.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newspipe.contract.EventJson;
import dev.newspipe.infra.PostgresServer;
import org.postgresql.PGConnection;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

/**
 * PostgreSQL's limit for the store's rows on this machine: a bare COPY of enriched articles as (id, title, body,
 * event jsonb) rows into a table with only a primary key, in one transaction. The benchmarks report the store's
 * and the pipeline's rates as ratios to it.
 */
final class CopyBaseline {

    private CopyBaseline() {
    }

    /** COPYs {@code enrichedEvents} (JSON values of news.articles.enriched) into a new table; rows per second. */
    static double rowsPerSecond(PostgresServer pg, String database, List<byte[]> enrichedEvents) throws Exception {
        StringBuilder csv = new StringBuilder();
        for (byte[] value : enrichedEvents) {
            JsonNode event = EventJson.MAPPER.readTree(value);
            csv.append(quote(event.get("id").asText())).append(',').append(quote(event.get("title").asText())).append(',')
                    .append(quote(event.get("body").asText())).append(',')
                    .append(quote(new String(value, StandardCharsets.UTF_8))).append('\n');
        }
        try (Connection c = pg.connect(database)) {
            try (Statement s = c.createStatement()) {
                s.execute("create table copy_bench (id text primary key, title text, body text, event jsonb)");
            }
            long start = System.nanoTime();
            c.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy copy_bench from stdin (format csv)", new StringReader(csv.toString()));
            double rate = enrichedEvents.size() / ((System.nanoTime() - start) / 1e9);
            try (Statement s = c.createStatement()) {
                s.execute("drop table copy_bench");
            }
            return rate;
        }
    }

    private static String quote(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
