package dev.newspipe.infra;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One service, run from its Quarkus fast-jar as a child process, with its output in a log file. A {@link Supervisor}
 * can {@link #restart()} it in place after its process exited; {@link #close()} stops whichever process is current and
 * forbids any later restart, so that a restart never races with a shutdown.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceProcess.class);

    private final String name;
    private final Path moduleDir;
    private final int httpPort;
    private final Map<String, String> env;
    private final List<String> jvmOptions;
    private final Path logFile;
    private final Object lock = new Object();
    private LoggedProcess process;
    private boolean closed;

    private ServiceProcess(String name, Path moduleDir, int httpPort, Map<String, String> env, List<String> jvmOptions,
            LoggedProcess process) {
        this.name = name;
        this.moduleDir = moduleDir;
        this.httpPort = httpPort;
        this.env = env;
        this.jvmOptions = jvmOptions;
        this.logFile = process.logFile();
        this.process = process;
    }

    /**
     * Starts {@code java -jar <module>/target/quarkus-app/quarkus-run.jar} with {@code env} added to this
     * process's environment and the HTTP port set.
     */
    public static ServiceProcess start(String name, Path moduleDir, int httpPort, Map<String, String> env,
            Path logFile, List<String> jvmOptions) {
        return new ServiceProcess(name, moduleDir, httpPort, Map.copyOf(env), List.copyOf(jvmOptions),
                launch(name, moduleDir, httpPort, env, logFile, jvmOptions));
    }

    private static LoggedProcess launch(String name, Path moduleDir, int httpPort, Map<String, String> env,
            Path logFile, List<String> jvmOptions) {
        Path jar = moduleDir.resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (./mvnw package -DskipTests)");
        }
        Map<String, String> environment = new HashMap<>(env);
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(httpPort));
        LoggedProcess process = LoggedProcess.startJava(name, jvmOptions, List.of("-jar", jar.toString()), environment, logFile);
        LOG.info("Started {} (pid {}) on port {}, log {}", name, process.pid(), httpPort, logFile);
        return process;
    }

    private LoggedProcess current() {
        synchronized (lock) {
            return process;
        }
    }

    /** Waits until {@code /q/health/ready} answers 200; fails early, with the log's tail, if the process dies. */
    public void awaitReady(Duration timeout) {
        current().awaitHttpOk(URI.create(baseUrl() + "/q/health/ready"), timeout);
        LOG.info("{} is ready at {}", name, baseUrl());
    }

    public String name() {
        return name;
    }

    public String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    public Path logFile() {
        return logFile;
    }

    /** The operating system's id of the current process: a service restarted (by itself or anyone) has another. */
    public long pid() {
        return current().pid();
    }

    public boolean isAlive() {
        return current().isAlive();
    }

    public int exitValue() {
        return current().exitValue();
    }

    /** When the current process was started. */
    public Instant started() {
        return current().started();
    }

    /** Waits for the current process to end and returns its exit status. */
    public int waitForExit() throws InterruptedException {
        return current().waitFor();
    }

    /** The last {@code lines} lines of the service's log. */
    public String logTail(int lines) {
        return current().logTail(lines);
    }

    /** SIGKILL, as a crash would: no shutdown hook runs, nothing is flushed or committed. */
    public void kill() {
        current().kill();
    }

    /** The same service started again, same port, environment and log (appended to). */
    public ServiceProcess startAgain() {
        return start(name, moduleDir, httpPort, env, logFile, jvmOptions);
    }

    /**
     * Starts this service's process again, in place (same port, environment and log), once the last one has exited.
     * Returns at once (see {@link #awaitReady}); returns false, starting nothing, once {@link #close()} has begun.
     */
    public boolean restart() {
        synchronized (lock) {
            if (closed) {
                return false;
            }
            if (process.isAlive()) {
                throw new IllegalStateException(name + " (pid " + process.pid() + ") is still running");
            }
            process = launch(name, moduleDir, httpPort, env, logFile, jvmOptions);
            return true;
        }
    }

    /** SIGTERM, so Quarkus shuts down gracefully; SIGKILL if it has not after 20 s. No restart after this. */
    @Override
    public void close() {
        LoggedProcess last;
        synchronized (lock) {
            closed = true;
            last = process;
        }
        last.requestStop();
        last.awaitExit(Duration.ofSeconds(20));
    }
}
