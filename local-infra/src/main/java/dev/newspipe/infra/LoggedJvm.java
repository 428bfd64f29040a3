package dev.newspipe.infra;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM (this JVM's own {@code java}) whose output is appended to a log file: what {@link ServiceProcess} and
 * {@link KafkaBrokerProcess} share. It can crash ({@link #kill()}, SIGKILL) or be stopped (SIGTERM, then SIGKILL).
 */
final class LoggedJvm {

    private static final Logger LOG = LoggerFactory.getLogger(LoggedJvm.class);

    private final String name;
    private final Process process;
    private final Path logFile;

    private LoggedJvm(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    /** Starts {@code java <jvmOptions> <arguments>} with {@code env} added to this process's environment. */
    static LoggedJvm start(String name, List<String> jvmOptions, List<String> arguments, Map<String, String> env,
            Path logFile) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(env);
        try {
            Files.createDirectories(logFile.getParent());
            return new LoggedJvm(name, builder.start(), logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitValue() {
        return process.exitValue();
    }

    Path logFile() {
        return logFile;
    }

    /** SIGKILL, as a crash would: no shutdown hook runs, nothing is flushed or committed. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("Killed {} (pid {})", name, process.pid());
    }

    /** Asks for a graceful stop (SIGTERM) without waiting for it: see {@link #awaitExit}. */
    void requestStop() {
        process.destroy();
    }

    /** Waits up to {@code timeout} for the process to end, then kills it. */
    void awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("{} did not stop in {}; killing it", name, timeout);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** The last {@code lines} lines of the log. */
    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
