package dev.newspipe.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `./pipeline up`'s development keys: generated once, private to the user, reused, and only digests configured. */
class ApiCredentialsTest {

    @TempDir
    Path dir;

    @Test
    void generatedAtFirstRunWithMode600AndReusedAfter() throws Exception {
        Path file = dir.resolve(".pipeline/credentials");
        ApiCredentials first = ApiCredentials.loadOrCreate(file);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(first.publisherKey().matches("np_[A-Za-z0-9_-]{43}"), first.publisherKey());
        assertNotEquals(first.publisherKey(), first.readerKey());
        assertEquals(first, ApiCredentials.loadOrCreate(file), "a later run reuses the keys");

        // The file is for `source`: run it through a shell and read the variables back.
        Process shell = new ProcessBuilder("bash", "-c", "source '" + file + "' && printf %s \"$"
                + ApiCredentials.PUBLISHER_VARIABLE + "\"").start();
        assertEquals(first.publisherKey(), new String(shell.getInputStream().readAllBytes()));

        String config = first.apiKeysConfig();
        assertTrue(config.contains(ApiCredentials.sha256Hex(first.publisherKey())));
        assertTrue(!config.contains(first.publisherKey()) && !config.contains(first.readerKey()),
                "the services are given digests, never keys");
    }
}
