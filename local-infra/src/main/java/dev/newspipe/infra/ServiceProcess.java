package dev.newspipe.infra;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One service, run from its Quarkus fast-jar as a child process, with its output in a log file. */
public final class ServiceProcess implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceProcess.class);

    private final String name;
    private final Path moduleDir;
    private final int httpPort;
    private final Map<String, String> env;
    private final List<String> jvmOptions;
    private final LoggedProcess process;

    private ServiceProcess(String name, Path moduleDir, int httpPort, Map<String, String> env, List<String> jvmOptions,
            LoggedProcess process) {
        this.name = name;
        this.moduleDir = moduleDir;
        this.httpPort = httpPort;
        this.env = env;
        this.jvmOptions = jvmOptions;
        this.process = process;
    }

    /**
     * Starts {@code java -jar <module>/target/quarkus-app/quarkus-run.jar} with {@code env} added to this
     * process's environment and the HTTP port set.
     */
    public static ServiceProcess start(String name, Path moduleDir, int httpPort, Map<String, String> env,
            Path logFile, List<String> jvmOptions) {
        Path jar = moduleDir.resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (./mvnw package -DskipTests)");
        }
        Map<String, String> environment = new HashMap<>(env);
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(httpPort));
        LoggedProcess process = LoggedProcess.startJava(name, jvmOptions, List.of("-jar", jar.toString()), environment, logFile);
        LOG.info("Started {} (pid {}) on port {}, log {}", name, process.pid(), httpPort, logFile);
        return new ServiceProcess(name, moduleDir, httpPort, Map.copyOf(env), List.copyOf(jvmOptions), process);
    }

    /** Waits until {@code /q/health/ready} answers 200; fails early, with the log's tail, if the process dies. */
    public void awaitReady(Duration timeout) {
        process.awaitHttpOk(URI.create(baseUrl() + "/q/health/ready"), timeout);
        LOG.info("{} is ready at {}", name, baseUrl());
    }

    public String name() {
        return name;
    }

    public String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    public Path logFile() {
        return process.logFile();
    }

    /** The operating system's id of the process: a service restarted (by itself or anyone) has another. */
    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public int exitValue() {
        return process.exitValue();
    }

    /** The last {@code lines} lines of the service's log. */
    public String logTail(int lines) {
        return process.logTail(lines);
    }

    /** SIGKILL, as a crash would: no shutdown hook runs, nothing is flushed or committed. */
    public void kill() {
        process.kill();
    }

    /** The same service started again, same port, environment and log (appended to). */
    public ServiceProcess startAgain() {
        return start(name, moduleDir, httpPort, env, process.logFile(), jvmOptions);
    }

    /** SIGTERM, so Quarkus shuts down gracefully; SIGKILL if it has not after 20 s. */
    @Override
    public void close() {
        process.requestStop();
        process.awaitExit(Duration.ofSeconds(20));
    }
}
