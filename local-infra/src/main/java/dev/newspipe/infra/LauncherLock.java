package dev.newspipe.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Makes a data directory one launcher's: a lock on {@code <workDir>/launcher.lock}, held until the launcher's JVM
 * ends. The kernel releases it however the JVM ends, SIGKILL included, so a lock that cannot be taken always means a
 * launcher that is still running, never one that was killed: what that one left behind may then be cleared.
 */
public final class LauncherLock {

    /** Reachable for the JVM's life, so that no cleaner closes a channel, and with it its lock, early. */
    private static final List<FileChannel> HELD = new CopyOnWriteArrayList<>();

    private LauncherLock() {
    }

    /** Takes the lock for this JVM's life; fails, naming the holder's pid, if another launcher holds it. */
    public static void acquire(Path workDir) {
        Path file = workDir.resolve("launcher.lock");
        try {
            Files.createDirectories(workDir);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).trim();
                channel.close();
                throw new IllegalStateException("Another ./pipeline up (pid " + holder + ") is running on " + workDir
                        + ": stop it first (Ctrl-C in its terminal, or kill " + holder + ")");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
            HELD.add(channel);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock " + file, e);
        }
    }
}
