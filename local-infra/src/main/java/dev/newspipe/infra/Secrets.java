package dev.newspipe.infra;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Passwords generated for a run, never written into the repository. */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** {@code bytes} random bytes as hex: nothing in it needs quoting in SQL, JAAS or StorageTool arguments. */
    static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
