package dev.newspipe.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The configured API keys ({@code newspipe.auth.api-keys}, env {@code NEWSPIPE_AUTH_API_KEYS}): entries
 * {@code name:role[,role]:sha256-hex-of-key}, separated by commas, semicolons or white space. Only the digest of
 * a key is ever configured, never the key.
 * <p>
 * Why a bare SHA-256 and not bcrypt or Argon2: our keys are 256 random bits, not passwords a person chose. Nobody
 * can guess one or search a dictionary for it, so a slow hash would protect nothing, and it would cost tens of
 * milliseconds of CPU on every request of every client. Digests are compared with
 * {@link MessageDigest#isEqual} (constant time) against every entry, so how long a check takes says nothing
 * about how close a wrong key came.
 */
public final class ApiKeys {

    /** One configured key: who it is, what it may do, and the SHA-256 of the key itself. */
    public record Entry(String name, Set<String> roles, byte[] digest) {
    }

    private static final Pattern ENTRY = Pattern.compile(
            "([A-Za-z0-9._@-]+):([A-Za-z0-9_-]+(?:,[A-Za-z0-9_-]+)*):([0-9A-Fa-f]{64})");
    private static final Pattern SEPARATOR = Pattern.compile("[\\s,;]*");

    private final List<Entry> entries;

    private ApiKeys(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * Parses the configured entries; an entry that does not parse fails the start, naming its position (never a
     * half-read configuration that silently lets fewer clients in).
     */
    public static ApiKeys parse(String configured) {
        List<Entry> entries = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        String text = configured == null ? "" : configured.strip();
        Matcher separator = SEPARATOR.matcher(text);
        Matcher entry = ENTRY.matcher(text);
        int at = 0;
        while (at < text.length()) {
            if (!entry.region(at, text.length()).lookingAt()) {
                throw new IllegalArgumentException("newspipe.auth.api-keys: cannot read the entry at character " + at
                        + "; each entry is name:role[,role]:<64 hex digits, the SHA-256 of the key>");
            }
            String name = entry.group(1);
            if (!names.add(name)) {
                throw new IllegalArgumentException("newspipe.auth.api-keys: the name " + name + " is used twice");
            }
            entries.add(new Entry(name, Set.of(entry.group(2).split(",")), HexFormat.of().parseHex(entry.group(3))));
            at = entry.end();
            if (at < text.length()) {
                separator.region(at, text.length()).lookingAt();
                if (separator.end() == at) {
                    throw new IllegalArgumentException("newspipe.auth.api-keys: expected a separator at character " + at);
                }
                at = separator.end();
            }
        }
        return new ApiKeys(entries);
    }

    /** The entry whose digest is the presented key's, if any; every entry is compared, in constant time each. */
    public Optional<Entry> match(String presentedKey) {
        byte[] digest = sha256(presentedKey);
        Entry found = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.digest(), digest) && found == null) {
                found = entry;
            }
        }
        return Optional.ofNullable(found);
    }

    public List<Entry> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The digest that configuration holds for {@code key}: SHA-256 of its UTF-8 bytes. */
    public static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
