package dev.newspipe.infra;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/**
 * Keeps the services of {@code ./pipeline up} running: when a service's process exits, says why (exit status or
 * signal, the last lines of its log) and starts it again in place after the {@link RestartPolicy}'s back-off. When
 * the policy gives up on a service, {@link #awaitGiveUp()} returns, and the launcher stops the pipeline.
 * {@link #close()} ends the watching before the services are stopped: no restart begins after it.
 */
public final class Supervisor implements AutoCloseable {

    private static final int LOG_LINES = 20;
    private static final Map<Integer, String> SIGNALS = Map.of(1, "SIGHUP", 2, "SIGINT", 3, "SIGQUIT", 6, "SIGABRT",
            9, "SIGKILL", 11, "SIGSEGV", 15, "SIGTERM");

    private final RestartPolicy policy;
    private final PrintStream out;
    private final List<Thread> watchers = new ArrayList<>();
    private final CompletableFuture<String> gaveUp = new CompletableFuture<>();
    private final Object lock = new Object();
    private boolean stopped;

    private Supervisor(RestartPolicy policy, PrintStream out) {
        this.policy = policy;
        this.out = out;
    }

    /** Starts watching {@code services} (one thread each), reporting to {@code out}. */
    public static Supervisor watch(List<ServiceProcess> services, RestartPolicy policy, PrintStream out) {
        Supervisor supervisor = new Supervisor(policy, out);
        for (ServiceProcess service : services) {
            Thread watcher = new Thread(() -> supervisor.supervise(service), "supervise-" + service.name());
            watcher.setDaemon(true);
            supervisor.watchers.add(watcher);
        }
        supervisor.watchers.forEach(Thread::start);
        return supervisor;
    }

    /** Blocks until the policy gives up on a service; returns why. */
    public String awaitGiveUp() throws InterruptedException {
        try {
            return gaveUp.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private void supervise(ServiceProcess service) {
        RestartPolicy.Failures failures = policy.failures();
        try {
            while (true) {
                long pid = service.pid();
                Instant started = service.started();
                int status = service.waitForExit();
                if (stopping()) {
                    return;
                }
                Instant diedAt = Instant.now();
                Duration ran = Duration.between(started, diedAt);
                Optional<Duration> delay = failures.record(diedAt, ran);
                out.printf("%n%s (pid %d) %s after running %s; last lines of %s:%n%s%n", service.name(), pid,
                        describeExit(status), human(ran), service.logFile(), indent(service.logTail(LOG_LINES)));
                if (delay.isEmpty()) {
                    gaveUp.complete(service.name() + " failed " + failures.withinWindow() + " times within "
                            + human(policy.window()) + ": giving up on it");
                    return;
                }
                out.printf("Restarting %s in %s (failure %d within %s; the launcher gives up at %d)%n", service.name(),
                        human(delay.get()), failures.withinWindow(), human(policy.window()), policy.maxFailures());
                Thread.sleep(delay.get().toMillis());
                synchronized (lock) {
                    if (stopped || !service.restart()) {
                        return;
                    }
                }
                try {
                    service.awaitReady(PipelineStack.READY_TIMEOUT);
                    out.printf("%s is up again (pid %d)%n", service.name(), service.pid());
                } catch (IllegalStateException notReady) {
                    if (stopping()) {
                        return;
                    }
                    // It died while starting (the next wait returns at once), or is slow: keep watching either way.
                    if (service.isAlive()) {
                        out.printf("%s (pid %d) is not ready after %s; still watching it%n", service.name(),
                                service.pid(), human(PipelineStack.READY_TIMEOUT));
                    }
                }
            }
        } catch (InterruptedException stopping) {
            // close(): the pipeline is being stopped.
        } catch (RuntimeException e) {
            gaveUp.complete("Cannot restart " + service.name() + ": " + e.getMessage());
        }
    }

    private boolean stopping() {
        synchronized (lock) {
            return stopped || Thread.currentThread().isInterrupted();
        }
    }

    /** Stops watching, waiting for a restart under way to be done; no restart begins after this returns. */
    @Override
    public void close() {
        synchronized (lock) {
            stopped = true;
        }
        watchers.forEach(Thread::interrupt);
        for (Thread watcher : watchers) {
            try {
                watcher.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** What an exit status says: the JDK reports death by signal N as 128 + N. */
    static String describeExit(int status) {
        if (status > 128 && status <= 128 + 64) {
            int signal = status - 128;
            return "was killed by " + SIGNALS.getOrDefault(signal, "signal " + signal) + " (exit status " + status
                    + (signal == 9 ? ": kill -9, or the kernel's out-of-memory killer)" : ")");
        }
        return "exited with status " + status;
    }

    private static String human(Duration d) {
        if (d.toMinutes() >= 60) {
            return d.toHours() + " h " + d.toMinutesPart() + " min";
        }
        if (d.toSeconds() >= 60) {
            return d.toMinutes() + " min" + (d.toSecondsPart() == 0 ? "" : " " + d.toSecondsPart() + " s");
        }
        return d.toMillis() >= 10_000 || d.toMillisPart() == 0 ? d.toSeconds() + " s"
                : String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    private static String indent(String lines) {
        return lines.isEmpty() ? "  (empty)" : lines.lines().map(line -> "  " + line).collect(Collectors.joining("\n"));
    }
}
