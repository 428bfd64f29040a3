package dev.newspipe.enrichment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;

/**
 * Reads the language knowledge shipped under {@code src/main/resources/dev/newspipe/enrichment/}: UTF-8
 * text files, one entry a line, {@code #} starts a comment, blank lines ignored, TSV columns by tab.
 */
public final class Resources {

    private static final String BASE = "/dev/newspipe/enrichment/";

    private Resources() {
    }

    /**
     * The entries of {@code path} (relative to the base). A missing file fails loudly: a renamed or forgotten list
     * would otherwise switch a rule off without a word.
     *
     * @throws MissingResourceException when there is no such file
     */
    public static List<String> lines(String path) {
        InputStream in = Resources.class.getResourceAsStream(BASE + path);
        if (in == null) {
            throw new MissingResourceException("No resource " + BASE + path + " on the class path",
                    Resources.class.getName(), path);
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read resource " + path, e);
        }
        return lines;
    }

    /** The rows of a TSV file, each split on tabs (trailing empty columns kept). */
    public static List<String[]> tsv(String path) {
        return lines(path).stream().map(line -> line.split("\t", -1)).toList();
    }
}
