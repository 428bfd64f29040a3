package dev.newspipe.infra;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What a dead owner of an embedded PostgreSQL data directory left on it. {@code pg_ctl} starts the postmaster in a
 * session of its own, so a SIGKILL of the launcher's session (a power cut of the terminal, an OOM kill) leaves the
 * server running, its {@code postmaster.pid} naming it: the next start on that directory would wait for a server
 * that cannot start. Before a start, {@link #clear} shuts such a server down (fast: SIGINT, what
 * {@code pg_ctl stop -m fast} sends; committed data is kept, the data directory reused), and deletes a
 * {@code postmaster.pid} whose pid now belongs to another process. It touches nothing while zonky's {@code epg-lock}
 * in the directory is held: then a live process owns the server.
 */
final class OrphanedPostmaster {

    private static final Logger LOG = LoggerFactory.getLogger(OrphanedPostmaster.class);
    private static final String ZONKY_LOCK = "epg-lock";
    private static final Duration FAST_SHUTDOWN = Duration.ofSeconds(60);
    private static final Duration IMMEDIATE_SHUTDOWN = Duration.ofSeconds(15);

    private OrphanedPostmaster() {
    }

    /** Clears what a dead owner left on {@code dataDir}; nothing to do when it holds no {@code postmaster.pid}. */
    static void clear(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Path lockFile = dataDir.resolve(ZONKY_LOCK);
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("The embedded PostgreSQL on " + dataDir + " belongs to another running "
                        + "process (it holds " + lockFile + "): stop that one first");
            }
            clearUnderLock(dataDir, pidFile);
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException("The embedded PostgreSQL on " + dataDir + " is already running in this JVM", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot check " + pidFile, e);
        }
    }

    private static void clearUnderLock(Path dataDir, Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
            // A postmaster that died while writing it; PostgreSQL deals with that one itself.
            return;
        }
        long pid = Long.parseLong(lines.get(0).trim());
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            // A dead pid: PostgreSQL removes such a stale postmaster.pid itself.
            return;
        }
        ProcessHandle.Info info = process.get().info();
        if (info.command().isEmpty() || info.arguments().isEmpty()) {
            throw new IllegalStateException(pidFile + " names process " + pid + ", which cannot be inspected: if it is a "
                    + "PostgreSQL server on this directory, stop it (pg_ctl stop -D " + dataDir + " -m fast)");
        }
        if (isPostmasterOf(info, dataDir)) {
            stop(process.get(), dataDir);
        } else {
            // Left by a server that died without removing it (a power cut); its pid went to another process, which
            // PostgreSQL would take for a server still running on the directory.
            LOG.warn("{} names pid {}, now {}: not a PostgreSQL server on this directory; deleting the stale file",
                    pidFile, pid, info.command().get());
            Files.delete(pidFile);
        }
    }

    /** A {@code postgres} executable started with {@code -D dataDir}. */
    private static boolean isPostmasterOf(ProcessHandle.Info info, Path dataDir) {
        // The kernel adds " (deleted)" to an executable whose file is gone (a cleaned /tmp).
        if (!Path.of(info.command().get()).getFileName().toString().startsWith("postgres")) {
            return false;
        }
        List<String> args = List.of(info.arguments().get());
        int d = args.indexOf("-D");
        return d >= 0 && d + 1 < args.size()
                && Path.of(args.get(d + 1)).toAbsolutePath().normalize().equals(dataDir.toAbsolutePath().normalize());
    }

    private static void stop(ProcessHandle postmaster, Path dataDir) {
        LOG.warn("A PostgreSQL server (pid {}) is still running on {}, left by a process that is gone: shutting it "
                + "down (fast) before starting it again on the same data", postmaster.pid(), dataDir);
        signal(postmaster, "INT");
        if (awaitExit(postmaster, FAST_SHUTDOWN)) {
            return;
        }
        // Immediate: recovery from the write-ahead log at the next start, nothing committed is lost.
        LOG.warn("PostgreSQL (pid {}) did not shut down in {}; immediate shutdown", postmaster.pid(), FAST_SHUTDOWN);
        signal(postmaster, "QUIT");
        if (!awaitExit(postmaster, IMMEDIATE_SHUTDOWN)) {
            throw new IllegalStateException("PostgreSQL (pid " + postmaster.pid() + ") on " + dataDir
                    + " does not shut down; stop it by hand");
        }
    }

    /** {@code kill -SIG pid}: the JDK sends only SIGTERM and SIGKILL, and PostgreSQL's fast shutdown is SIGINT. */
    private static void signal(ProcessHandle process, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-s", signal, Long.toString(process.pid()))
                    .redirectErrorStream(true).start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                LOG.warn("kill -s {} {}: {}", signal, process.pid(), new String(kill.getInputStream().readAllBytes(),
                        StandardCharsets.UTF_8).trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run kill", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            LOG.info("PostgreSQL (pid {}) shut down", process.pid());
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
