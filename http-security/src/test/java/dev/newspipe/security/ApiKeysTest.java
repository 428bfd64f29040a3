package dev.newspipe.security;

import org.junit.jupiter.api.Test;

import java.util.HexFormat;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ApiKeysTest {

    private static String hex(String key) {
        return HexFormat.of().formatHex(ApiKeys.sha256(key));
    }

    @Test
    void entriesWithOneOrSeveralRolesAndAnySeparator() {
        ApiKeys keys = ApiKeys.parse("wire:publisher:" + hex("k1") + ",  desk:publisher,reader:" + hex("k2")
                + ";\n analyst:reader:" + hex("k3").toUpperCase());
        assertEquals(3, keys.entries().size());
        assertEquals("wire", keys.match("k1").orElseThrow().name());
        assertEquals(Set.of("publisher", "reader"), keys.match("k2").orElseThrow().roles());
        assertEquals(Set.of("reader"), keys.match("k3").orElseThrow().roles());
        assertTrue(keys.match("k4").isEmpty(), "an unknown key matches nothing");
        assertTrue(keys.match(hex("k1")).isEmpty(), "the digest itself is not a key");
    }

    @Test
    void nothingConfiguredLetsNoKeyIn() {
        assertTrue(ApiKeys.parse("").isEmpty());
        assertTrue(ApiKeys.parse(null).match("").isEmpty());
    }

    @Test
    void aMalformedEntryFailsInsteadOfBeingSkipped() {
        assertThrows(IllegalArgumentException.class, () -> ApiKeys.parse("wire:publisher:abc"));
        assertThrows(IllegalArgumentException.class, () -> ApiKeys.parse("wire:" + hex("k")));
        assertThrows(IllegalArgumentException.class,
                () -> ApiKeys.parse("wire:publisher:" + hex("k1") + ",wire:reader:" + hex("k2")));
        assertThrows(IllegalArgumentException.class, () -> ApiKeys.parse("wire:publisher:" + hex("k1") + hex("k2")));
    }
}
