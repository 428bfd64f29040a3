package dev.newspipe.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A health endpoint probed once a second for as long as a fault test runs, the way an orchestrator probes it, with
 * every answer kept: the outage tests check that liveness was UP at each probe, not at two chosen moments.
 */
final class HealthProbe implements AutoCloseable {

    /**
     * One probe: when its answer came (System.nanoTime: a check can take a while, so the state it reports is that of
     * the answer's time more than the request's), the HTTP status (-1: no answer), the body, and whether the process
     * was alive.
     */
    record Answer(long at, int status, String body, boolean processAlive) {

        boolean up() {
            return status == 200 && processAlive;
        }

        String describe(long since) {
            return String.format("%+.0f s: %s%s %s", (at - since) / 1e9, status == -1 ? "no answer" : status,
                    processAlive ? "" : " (process gone)", body.replaceAll("\\s+", " "));
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** Longer than an orchestrator would wait (Kubernetes: 1 s), so that a loaded test machine does not read as DOWN. */
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(5);

    private final String url;
    private final BooleanSupplier processAlive;
    private final List<Answer> answers = new ArrayList<>();
    private final ScheduledExecutorService timer;

    private HealthProbe(String url, BooleanSupplier processAlive) {
        this.url = url;
        this.processAlive = processAlive;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "probe " + url);
            t.setDaemon(true);
            return t;
        });
    }

    /** Probes {@code url} now and then every second until closed; {@code processAlive} is asked at each probe too. */
    static HealthProbe everySecond(String url, BooleanSupplier processAlive) {
        HealthProbe probe = new HealthProbe(url, processAlive);
        probe.timer.scheduleAtFixedRate(probe::probe, 0, 1, TimeUnit.SECONDS);
        return probe;
    }

    private void probe() {
        int status = -1;
        String body = "";
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(ANSWER_TIMEOUT)
                    .build(), HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            body = response.body();
        } catch (IOException e) {
            body = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        Answer answer = new Answer(System.nanoTime(), status, body, processAlive.getAsBoolean());
        synchronized (answers) {
            answers.add(answer);
        }
    }

    /** Every answer so far, oldest first. */
    List<Answer> answers() {
        synchronized (answers) {
            return List.copyOf(answers);
        }
    }

    /** The answers that came from {@code from} (inclusive) to {@code to} (exclusive), System.nanoTime values. */
    List<Answer> between(long from, long to) {
        return answers().stream().filter(a -> a.at() - from >= 0 && a.at() - to < 0).toList();
    }

    /** The answers that were not 200 from a live process. */
    List<Answer> notUp() {
        return answers().stream().filter(a -> !a.up()).toList();
    }

    /**
     * Waits until an answer that came after {@code since} is UP, and returns when it came (System.nanoTime);
     * fails after {@code timeout} with the answers seen.
     */
    long awaitUp(long since, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (Answer answer : between(since, System.nanoTime())) {
                if (answer.up()) {
                    return answer.at();
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError(url + " not UP within " + timeout + ":\n"
                + describe(between(since, System.nanoTime()), since, 5));
    }

    /**
     * Fails unless every answer so far was 200 from a live process, naming the first that were not (times from
     * {@code since}) and adding {@code context} (the service's log tail, say).
     */
    void assertAllUp(long since, Supplier<String> context) {
        List<Answer> notUp = notUp();
        if (!notUp.isEmpty()) {
            throw new AssertionError(notUp.size() + " of " + answers().size() + " probes of " + url + " were not UP:\n"
                    + describe(notUp, since, 3) + "\n" + context.get());
        }
    }

    /** Up to {@code max} answers, described relative to {@code since}, one a line. */
    static String describe(List<Answer> answers, long since, int max) {
        List<String> lines = new ArrayList<>();
        answers.stream().limit(max).forEach(a -> lines.add("  " + a.describe(since)));
        if (answers.size() > max) {
            lines.add("  … and " + (answers.size() - max) + " more");
        }
        return String.join("\n", lines);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
