package dev.newspipe.infra;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

class FreePortsTest {

    @Test
    void neverHandsOutTheSamePortTwice() {
        // Taken before any is bound, as a broker's two listeners are: the kernel is free to repeat one.
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            int port = FreePorts.next();
            assertTrue(ports.add(port), "port " + port + " handed out twice, after " + i + " others");
        }
    }
}
