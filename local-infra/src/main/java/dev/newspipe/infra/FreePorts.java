package dev.newspipe.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

public final class FreePorts {

    /**
     * Every port handed out by this JVM. The kernel may give the same ephemeral port to two binds in a row once
     * the first is closed, and callers often take several ports before binding any (a broker's and its
     * controller's listener): such a repeat fails the second bind.
     */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private FreePorts() {
    }

    /** A port that was free on the loopback address a moment ago and that this JVM has not handed out before. */
    public static int next() {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
                int port = socket.getLocalPort();
                if (HANDED_OUT.add(port)) {
                    return port;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
