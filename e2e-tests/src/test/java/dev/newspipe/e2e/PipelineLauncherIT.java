package dev.newspipe.e2e;

import dev.newspipe.infra.ApiCredentials;
import dev.newspipe.infra.FreePorts;
import dev.newspipe.infra.PipelineStack;
import dev.newspipe.infra.PostgresServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code ./pipeline up} as people run it, in a session of its own (setsid, as a terminal gives it) and on the
 * embedded PostgreSQL: a service that dies is started again and the pipeline keeps serving, one that keeps dying is
 * given up on with the reason printed; after a SIGKILL of the launcher alone (an OOM kill) or of its whole session
 * (a power cut of the terminal) the next start succeeds at the first try with every accepted article stored, and a
 * clean stop leaves no process behind.
 */
class PipelineLauncherIT {

    private static final Path ROOT = Path.of(System.getProperty("newspipe.root", "..")).toAbsolutePath().normalize();
    private static final Duration START_TIMEOUT = Duration.ofMinutes(8);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final int kafkaPort = FreePorts.next();
    private final int ingestPort = FreePorts.next();
    private final int enrichPort = FreePorts.next();
    private final int storePort = FreePorts.next();

    @TempDir
    Path dir;
    private Path data;
    private ApiCredentials credentials;
    private int starts;

    @BeforeEach
    void dataAndKeys() {
        assumeTrue(Executables.onPath("setsid").isPresent(), "needs setsid (util-linux)");
        data = dir.resolve("pipeline-data");
        // The launcher reuses the keys it finds, as it does on a developer's machine.
        credentials = ApiCredentials.loadOrCreate(data.resolve("credentials"));
    }

    /** Whatever a failed test left behind: services a killed launcher left running, the embedded PostgreSQL. */
    @AfterEach
    void stopWhatIsLeft() {
        if (data == null) {
            return;
        }
        PipelineStack.leftoverServices(data).forEach(ProcessHandle::destroyForcibly);
        if (Files.exists(data.resolve("postgres/postmaster.pid"))) {
            PostgresServer.embedded(data.resolve("postgres")).close();
        }
    }

    @Test
    void aServiceThatDiesIsStartedAgainAndOneThatKeepsDyingIsGivenUpOn() throws Exception {
        Launcher launcher = start();
        try {
            launcher.awaitUp();
            long postmaster = postmasterPid();
            post("supervised-before");
            ProcessHandle ingest = launcher.service("ingest-service").orElseThrow();
            long killedAt = System.nanoTime();
            ingest.destroyForcibly();

            launcher.awaitOutput("ingest-service (pid " + ingest.pid() + ") was killed by SIGKILL");
            post("supervised-after");
            long backAfter = System.nanoTime() - killedAt;
            awaitStored(Set.of("supervised-before", "supervised-after"));
            assertTrue(launcher.process.isAlive(), "the launcher kept the pipeline up");
            assertNotEquals(ingest.pid(), launcher.service("ingest-service").orElseThrow().pid());

            // enrich dies again as soon as it is back, as a service that crashes at start would.
            Set<ProcessHandle> seen = launcher.processes();
            Set<ProcessHandle> killed = new HashSet<>();
            long firstKill = System.nanoTime();
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (launcher.process.isAlive() && System.nanoTime() < deadline) {
                Optional<ProcessHandle> enrich = launcher.service("enrich-service");
                if (enrich.isPresent() && !killed.contains(enrich.get()) && enrich.get().destroyForcibly()) {
                    killed.add(enrich.get());
                }
                seen.addAll(launcher.processes());
                Thread.sleep(50);
            }
            assertTrue(launcher.process.waitFor(2, TimeUnit.MINUTES), "the launcher gave up and stopped:\n"
                    + launcher.outputTail());
            System.out.printf("launcher: ingest accepted again %.1f s after its SIGKILL; enrich, killed %d times, "
                    + "given up on and everything stopped %.1f s after its first kill%n", backAfter / 1e9, killed.size(),
                    (System.nanoTime() - firstKill) / 1e9);
            String output = launcher.output();
            assertEquals(1, launcher.process.exitValue(), output);
            assertTrue(output.contains("enrich-service failed 5 times within 1 min: giving up on it; stopping the pipeline."),
                    output);
            assertTrue(output.contains("was killed by SIGKILL (exit status 137"), "says why it died");
            assertTrue(output.contains("last lines of " + data.resolve("logs/enrich-service.log")), "shows its log");
            assertTrue(killed.size() >= 5, "not given up on before its fifth failure: " + killed.size());
            assertNothingLeft(seen);
            assertFalse(alive(postmaster), "PostgreSQL is stopped");
        } finally {
            launcher.kill();
        }
    }

    @Test
    void theFirstStartAfterAPowerCutStartsWithEveryAcceptedArticleStored() throws Exception {
        List<String> accepted = new ArrayList<>();
        Launcher first = start();
        Launcher second = null;
        Launcher third = null;
        try {
            first.awaitUp();
            accepted.addAll(postAll("cut-a-", 30));
            Set<ProcessHandle> left = first.children();
            long postmaster = postmasterPid();

            // The launcher's JVM alone, as the kernel's OOM killer would: its children outlive it.
            first.process.toHandle().destroyForcibly();
            first.process.waitFor();
            assertEquals(3, left.size(), "the three services: " + left);
            assertTrue(left.stream().allMatch(ProcessHandle::isAlive), "the services outlived the launcher");
            assertTrue(alive(postmaster), "PostgreSQL outlived the launcher");

            second = start();
            long startedAt = System.nanoTime();
            second.awaitUp();
            long secondStart = System.nanoTime() - startedAt;
            assertTrue(second.output().contains("a launcher that was killed left it running"), second.outputTail());
            assertTrue(left.stream().noneMatch(ProcessHandle::isAlive), "the services of the killed launcher are stopped");
            assertFalse(alive(postmaster), "the PostgreSQL of the killed launcher is stopped");
            accepted.addAll(postAll("cut-b-", 30));
            postmaster = postmasterPid();

            // Every process of its session at once, as a power cut of the terminal would: PostgreSQL, in a session
            // of its own, survives.
            second.killSession();
            assertTrue(alive(postmaster), "PostgreSQL outlived the launcher's session");

            third = start();
            startedAt = System.nanoTime();
            third.awaitUp();
            long thirdStart = System.nanoTime() - startedAt;
            awaitStored(new HashSet<>(accepted));
            System.out.printf("launcher: %d articles accepted, all stored; first start after the launcher's SIGKILL up "
                    + "in %.1f s, after its session's SIGKILL in %.1f s, both at the first try%n", accepted.size(),
                    secondStart / 1e9, thirdStart / 1e9);
            Set<ProcessHandle> running = third.processes();
            long lastPostmaster = postmasterPid();

            third.stop();
            assertNothingLeft(running);
            assertFalse(alive(lastPostmaster), "PostgreSQL is stopped");
        } finally {
            for (Launcher launcher : new Launcher[] {first, second, third}) {
                if (launcher != null) {
                    launcher.kill();
                }
            }
        }
    }

    /** Nothing of the run is left: the processes seen, PostgreSQL, any service tagged with the data directory. */
    private void assertNothingLeft(Set<ProcessHandle> processes) throws Exception {
        for (ProcessHandle p : processes) {
            p.onExit().completeOnTimeout(p, 30, TimeUnit.SECONDS).get();
            assertFalse(p.isAlive(), "still running: pid " + p.pid() + " " + p.info().commandLine().orElse(""));
        }
        assertEquals(List.of(), PipelineStack.leftoverServices(data).stream().map(ProcessHandle::pid).toList());
        assertFalse(Files.exists(data.resolve("postgres/postmaster.pid")), "PostgreSQL shut down cleanly");
    }

    private long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(0).trim());
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private Launcher start() throws IOException {
        Path output = dir.resolve("launcher-" + (++starts) + ".log");
        ProcessBuilder builder = new ProcessBuilder("setsid", ROOT.resolve("pipeline").toString(), "up")
                .directory(ROOT.toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
        Map<String, String> env = builder.environment();
        // The embedded PostgreSQL, as on a machine without one: it is what a power cut leaves running.
        List.of("PGHOST", "PGPORT", "PGUSER", "PGPASSWORD").forEach(env::remove);
        env.putAll(Map.of("NEWSPIPE_INFRA", "local", "PIPELINE_DATA", data.toString(),
                "KAFKA_PORT", Integer.toString(kafkaPort), "INGEST_PORT", Integer.toString(ingestPort),
                "ENRICH_PORT", Integer.toString(enrichPort), "STORE_PORT", Integer.toString(storePort)));
        return new Launcher(builder.start(), output);
    }

    private List<String> postAll(String prefix, int n) throws InterruptedException {
        List<String> ids = IntStream.range(0, n).mapToObj(i -> prefix + i).toList();
        for (String id : ids) {
            post(id);
        }
        return ids;
    }

    /** Posts until ingest answers 202, as a client that retries does (it may be starting again). */
    private void post(String id) throws InterruptedException {
        String json = "{\"id\":\"" + id + "\",\"title\":\"Markets steady as talks resume\",\"body\":\"Stocks in Tokyo "
                + "and Frankfurt held their gains on Tuesday after officials said the talks would resume next week.\","
                + "\"published_at\":\"2025-10-28\",\"source\":\"Launcher Wire\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + ingestPort + "/articles"))
                .timeout(Duration.ofSeconds(15)).header("Content-Type", "application/json")
                .header("Authorization", ApiCredentials.header(credentials.publisherKey()))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        int last = -1;
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                last = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (last == 202) {
                    return;
                }
            } catch (IOException down) {
                // being started again
            }
            Thread.sleep(250);
        }
        throw new AssertionError(id + " was never accepted; last answer " + last);
    }

    /** Waits until the store serves every one of {@code ids}. */
    private void awaitStored(Set<String> ids) throws InterruptedException {
        Set<String> missing = new HashSet<>(ids);
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!missing.isEmpty() && System.nanoTime() < deadline) {
            missing.removeIf(this::stored);
            if (!missing.isEmpty()) {
                Thread.sleep(500);
            }
        }
        assertEquals(Set.of(), missing, "accepted but not stored");
    }

    private boolean stored(String id) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + storePort + "/articles/" + id))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", ApiCredentials.header(credentials.readerKey())).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** One run of {@code setsid ./pipeline up}: setsid runs the script, which execs the launcher's JVM, in one pid. */
    private record Launcher(Process process, Path outputFile) {

        void awaitUp() throws InterruptedException {
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                if (output().contains("newspipe is up")) {
                    return;
                }
                if (!process.isAlive()) {
                    throw new AssertionError("./pipeline up exited with " + process.exitValue() + ":\n" + outputTail());
                }
                Thread.sleep(500);
            }
            throw new AssertionError("./pipeline up not up after " + START_TIMEOUT + ":\n" + outputTail());
        }

        void awaitOutput(String text) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (!output().contains(text)) {
                if (System.nanoTime() > deadline || !process.isAlive()) {
                    throw new AssertionError("no '" + text + "' in the launcher's output:\n" + outputTail());
                }
                Thread.sleep(200);
            }
        }

        /** The launcher's child process running {@code <service>/target/quarkus-app/quarkus-run.jar}. */
        Optional<ProcessHandle> service(String name) {
            String jar = ROOT.resolve(name).resolve("target/quarkus-app/quarkus-run.jar").toString();
            return process.children().filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().arguments().map(a -> List.of(a).contains(jar)).orElse(false)).findFirst();
        }

        /** The launcher's descendants as they are now: the services. */
        Set<ProcessHandle> children() {
            Set<ProcessHandle> all = new HashSet<>();
            process.descendants().forEach(all::add);
            return all;
        }

        /** The launcher and its descendants as they are now. */
        Set<ProcessHandle> processes() {
            Set<ProcessHandle> all = children();
            all.add(process.toHandle());
            return all;
        }

        /** SIGKILL to every process of the launcher's session: it leads it, so the session's id is its pid. */
        void killSession() throws IOException, InterruptedException {
            assertEquals(process.pid(), sessionOf(process.pid()), "the launcher leads a session of its own");
            Process kill = new ProcessBuilder("kill", "-s", "KILL", "--", "-" + process.pid()).inheritIO().start();
            assertEquals(0, kill.waitFor());
            process.waitFor();
        }

        /** SIGTERM, as Ctrl-C or a service manager would stop it; waits for it to have stopped everything. */
        void stop() throws InterruptedException {
            process.destroy();
            assertTrue(process.waitFor(3, TimeUnit.MINUTES), "stopped:\n" + outputTail());
        }

        void kill() {
            if (process.isAlive()) {
                processes().forEach(ProcessHandle::destroyForcibly);
            }
        }

        String output() {
            try {
                return Files.readString(outputFile, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        }

        String outputTail() {
            List<String> lines = output().lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        }

        /** Field 6 of /proc/PID/stat (after the command, which is in parentheses and may hold spaces). */
        private static long sessionOf(long pid) throws IOException {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[3]);
        }
    }
}
