package dev.newspipe.contract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The IPTC Media Topics vocabulary: one TSV on the classpath of every module that depends on the contract
 * (columns code, parent, top, level, English name, Chinese label; © IPTC, CC BY 4.0). The enricher tags
 * with these codes and the store loads them as its topic tree, so both read this one copy, this one way.
 */
public final class MediaTopicsVocabulary {

    /** Classpath resource of the vocabulary. */
    public static final String RESOURCE = "/iptc/mediatopics.tsv";

    /** One Media Topic; {@code parent} is null for a top-level topic, {@code labelZh} when there is none. */
    public record MediaTopic(String code, String parent, String top, int level, String label, String labelZh) {
    }

    private MediaTopicsVocabulary() {
    }

    /** Every topic by code, in the file's order (parents before their children). */
    public static Map<String, MediaTopic> read() {
        Map<String, MediaTopic> topics = new LinkedHashMap<>();
        try (InputStream in = MediaTopicsVocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath (contract module)");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.startsWith("medtop:")) {
                    continue; // the header and comments
                }
                String[] f = line.split("\t", -1);
                topics.put(f[0], new MediaTopic(f[0], f[1].equals("-") ? null : f[1], f[2],
                        Integer.parseInt(f[3].strip()), f[4], f.length > 5 && !f[5].isBlank() ? f[5] : null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return Collections.unmodifiableMap(topics);
    }
}
