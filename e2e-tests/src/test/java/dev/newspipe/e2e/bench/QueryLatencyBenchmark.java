package dev.newspipe.e2e.bench;

import dev.newspipe.infra.ApiCredentials;
import dev.newspipe.infra.FreePorts;
import dev.newspipe.infra.Infrastructure;
import dev.newspipe.infra.PostgresServer;
import dev.newspipe.infra.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Latency of the store's filtered queries over 100,000 articles. Generates the data in SQL (articles with
 * 10 entities, 30 mentions, 8 dates and 3 topics each, drawn from pools the size of a real news year), then
 * times each query through HTTP. Not part of {@code ./mvnw verify}; run it with
 * <pre>./mvnw -pl e2e-tests -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=QueryLatencyBenchmark</pre>
 * ({@code -Dbench.articles=N}, default 100000). Figures go to the log and to
 * {@code e2e-tests/target/benchmarks/query-latency.txt}.
 */
class QueryLatencyBenchmark {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int RUNS = 50;
    private static final ApiCredentials CREDENTIALS = ApiCredentials.generate();

    @TempDir
    Path workDir;

    @Test
    void filteredQueriesOverALargeStore() throws Exception {
        int n = Integer.getInteger("bench.articles", 100_000);
        Path root = Path.of(System.getProperty("newspipe.root", "..")).toAbsolutePath().normalize();
        try (Infrastructure infra = Infrastructure.start(workDir, true)) {
            PostgresServer pg = infra.postgres();
            String database = "newspipe_qbench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
            Map<String, String> storeEnv = new HashMap<>(pg.storeEnvironment(database));
            storeEnv.put("KAFKA_BOOTSTRAP_SERVERS", infra.kafkaBootstrapServers());
            storeEnv.put(ApiCredentials.SERVICE_VARIABLE, CREDENTIALS.apiKeysConfig());
            try (ServiceProcess store = ServiceProcess.start("store-service", root.resolve("store-service"),
                    FreePorts.next(), storeEnv,
                    workDir.resolve("store-service.log"), List.of("-Xmx512m"))) {
                store.awaitReady(Duration.ofSeconds(90));
                long generateStart = System.nanoTime();
                generate(pg, database, n);
                double generateSeconds = (System.nanoTime() - generateStart) / 1e9;

                Map<String, String> queries = new LinkedHashMap<>();
                queries.put("newest page, no filter", "");
                queries.put("text (English word)", "q=tariffs");
                queries.put("text (Japanese, 2 characters)", "q=" + enc("関税"));
                queries.put("entity by canonical name", "entity=" + enc("Entity 42"));
                queries.put("entity by surface form, typed", "entity=" + enc("名前42") + "&entity_type=PERSON");
                queries.put("topic, top level (descendants match)", "topic=medtop:04000000");
                queries.put("language + published range", "language=en&published_from=2025-03-01&published_to=2025-03-31");
                queries.put("mentioned-date range", "date_from=2025-11-01&date_to=2025-11-30");
                queries.put("combined: topic + language + entity", "topic=medtop:11000000&language=ja&entity=" + enc("Entity 7"));
                queries.put("second page (cursor)", null);

                StringBuilder report = new StringBuilder(String.format(
                        "store-service query latency, %d articles (%d mentions), %d runs per query after 5 warm-up runs%n"
                                + "  data generated in %.0f s; PostgreSQL: %s%n", n, n * 30L, RUNS, generateSeconds,
                        pg.description()));
                report.append(String.format("  %-40s %8s %8s %8s%n", "query", "p50 ms", "p95 ms", "max ms"));
                String cursor = null;
                for (Map.Entry<String, String> query : queries.entrySet()) {
                    String params = query.getValue() != null ? query.getValue() : "cursor=" + cursor;
                    String url = store.baseUrl() + "/articles?limit=20&" + params;
                    double[] ms = time(url);
                    Arrays.sort(ms);
                    report.append(String.format("  %-40s %8.1f %8.1f %8.1f%n", query.getKey(), ms[ms.length / 2],
                            ms[(int) Math.ceil(ms.length * 0.95) - 1], ms[ms.length - 1]));
                    if (cursor == null) {
                        String body = HTTP.send(HttpRequest.newBuilder(URI.create(store.baseUrl() + "/articles?limit=20"))
                                        .header("Authorization", ApiCredentials.header(CREDENTIALS.readerKey())).build(),
                                HttpResponse.BodyHandlers.ofString()).body();
                        cursor = body.replaceAll("(?s).*\"next_cursor\":\"([^\"]+)\".*", "$1");
                    }
                }
                double[] ac = time(store.baseUrl() + "/entities?q=" + enc("Entity 4"));
                Arrays.sort(ac);
                report.append(String.format("  %-40s %8.1f %8.1f %8.1f%n", "GET /entities?q=prefix", ac[ac.length / 2],
                        ac[(int) Math.ceil(ac.length * 0.95) - 1], ac[ac.length - 1]));
                System.out.println(report);
                Path out = Path.of("target", "benchmarks", "query-latency.txt");
                Files.createDirectories(out.getParent());
                Files.writeString(out, report);
            } finally {
                pg.dropDatabase(database);
            }
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static double[] time(String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", ApiCredentials.header(CREDENTIALS.readerKey())).build();
        for (int i = 0; i < 5; i++) {
            assertEquals(200, HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode(), url);
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            HttpResponse<Void> response = HTTP.send(request, HttpResponse.BodyHandlers.discarding());
            ms.add((System.nanoTime() - start) / 1e6);
            assertEquals(200, response.statusCode(), url);
        }
        return ms.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Articles spread over 2025 in three languages, tags drawn from shared pools, all in SQL. */
    private static void generate(PostgresServer pg, String database, int n) throws Exception {
        try (Connection c = pg.connect(database);
             Statement s = c.createStatement()) {
            s.execute("set synchronous_commit = off");
            s.execute("""
                    insert into entities (identity, type, canonical, key)
                    select 'bench:' || i, (array['PERSON','ORGANIZATION','LOCATION'])[1 + i % 3], 'Entity ' || i,
                           case when i % 2 = 0 then 'bench-' || i end
                    from generate_series(0, 1999) i""");
            s.execute(String.format("""
                    insert into articles (id, title, body, source, language, published_at, ingested_at, enriched_at,
                                          stored_at, schema_version, event)
                    select 'a' || i,
                           (array['Trade talks resume as tariffs loom ', '米中が関税で合意 ', '中美贸易谈判取得进展 '])[1 + i %% 3] || i,
                           repeat((array['Markets rose after officials said tariffs would be paused for a year. ',
                                         '両国は関税の引き上げを見送り、協議を続けることで合意した。',
                                         '双方同意暂停加征关税，并继续就贸易问题进行磋商。'])[1 + i %% 3], 40)
                               || ' story ' || i,
                           (array['Wire A','Wire B','Wire C','Wire D'])[1 + i %% 4],
                           (array['en','ja','zh'])[1 + i %% 3],
                           timestamptz '2025-01-01' + (i * interval '315 seconds'),
                           now(), now(), now(), 1, jsonb_build_object('id', 'a' || i)
                    from generate_series(0, %d) i""", n - 1));
            s.execute("""
                    insert into article_entities (article_id, entity_id, mention_count, confidence)
                    select a.id, e.id, 3, 0.9
                    from articles a
                    cross join generate_series(0, 9) k
                    join entities e on e.identity = 'bench:' || ((substr(a.id, 2)::int * 7 + k * 211) % 2000)""");
            s.execute("""
                    insert into mentions (article_id, entity_id, text, field, start_offset, end_offset)
                    select ae.article_id, ae.entity_id, '名前' || (ae.entity_id % 2000), 'body', m * 1000 + (ae.entity_id % 97), m * 1000 + (ae.entity_id % 97) + 4
                    from article_entities ae cross join generate_series(0, 2) m""");
            s.execute("""
                    insert into article_dates (article_id, value, granularity, period_start, period_end, text, field, start_offset, end_offset)
                    select a.id, to_char(d, 'YYYY-MM-DD'), 'day', d, d, 'date', 'body', k * 50, k * 50 + 4
                    from articles a cross join generate_series(0, 7) k
                    cross join lateral (select (a.published_at + (k - 4) * interval '9 days')::date as d) x""");
            s.execute("""
                    insert into article_topics (article_id, code, top_code, score)
                    select a.id, t.code, t.top, 0.7
                    from articles a
                    cross join lateral (values
                        ((array['medtop:20000344','medtop:20000350','medtop:20000523'])[1 + substr(a.id, 2)::int % 3], 'medtop:04000000'),
                        ('medtop:04000000', 'medtop:04000000'),
                        ((array['medtop:11000000','medtop:16000000','medtop:13000000'])[1 + substr(a.id, 2)::int % 3],
                         (array['medtop:11000000','medtop:16000000','medtop:13000000'])[1 + substr(a.id, 2)::int % 3])) t(code, top)
                    on conflict do nothing""");
            s.execute("vacuum analyze"); // what autovacuum does to a store in steady state: statistics, visibility map
        }
    }
}
