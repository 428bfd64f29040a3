package dev.newspipe.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An embedded PostgreSQL whose owner died by SIGKILL keeps running (pg_ctl gives it a session of its own): the next
 * start on its data directory starts at the first try, on the same data, and leaves no second server behind.
 */
class OrphanedPostmasterTest {

    @Test
    void aServerLeftRunningByAKilledOwnerIsShutDownAndTheNextStartHasItsData(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("pg");
        LoggedProcess owner = LoggedProcess.startJava("PostgreSQL owner", List.of("-Xmx128m"),
                List.of("-cp", System.getProperty("java.class.path"), EmbeddedPostgresOwner.class.getName(),
                        data.toString(), "1000"), Map.of(), dir.resolve("owner.log"));
        try {
            awaitLine(owner, "READY", Duration.ofMinutes(2));
            long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
            owner.kill();
            assertTrue(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false),
                    "the server outlived the JVM that started it");

            try (PostgresServer pg = PostgresServer.embedded(data)) {
                assertEquals(1000, pg.scalar("orphan", "select count(*) from kept"), "every committed row is there");
                assertFalse(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false),
                        "the orphan was shut down, not left beside the new server");
            }
        } finally {
            owner.kill();
        }
    }

    /**
     * A server that died without removing postmaster.pid (a power cut) leaves a pid that may belong to another process
     * by the next start; PostgreSQL would take that one for a server still running on the directory.
     */
    @Test
    void aPostmasterPidNamingAnotherProcessDoesNotBlockTheStart(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("pg");
        try (PostgresServer pg = PostgresServer.embedded(data)) {
            pg.ensureDatabase("kept");
        }
        Process other = new ProcessBuilder("sleep", "600").start();
        try {
            Files.writeString(data.resolve("postmaster.pid"), other.pid() + "\n" + data + "\n"
                    + Instant.now().getEpochSecond() + "\n5432\n/tmp\nlocalhost\n  5432001         0\nready   \n",
                    StandardCharsets.UTF_8);
            try (PostgresServer pg = PostgresServer.embedded(data)) {
                assertEquals(1, pg.scalar("postgres", "select count(*) from pg_database where datname = 'kept'"));
            }
            assertTrue(other.isAlive(), "the process the stale file named was left alone");
        } finally {
            other.destroyForcibly();
        }
    }

    private static void awaitLine(LoggedProcess process, String line, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (process.logTail(20).lines().anyMatch(line::equals)) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError(process.logFile() + " ended:\n" + process.logTail(40));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + line + " after " + timeout + ":\n" + process.logTail(40));
    }
}
