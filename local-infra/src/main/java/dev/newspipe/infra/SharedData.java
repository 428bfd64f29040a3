package dev.newspipe.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The team's shared material ({@code ../shared} beside the repository): samples, evaluation data. */
public final class SharedData {

    public static final String SAMPLE_JA = "samples/asia-times-2025-10-28-ja.json";

    private SharedData() {
    }

    /** {@code relative} under the first {@code shared/} found beside this directory or one of its parents. */
    public static Path path(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve(relative);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No shared/" + relative + " beside " + Path.of("").toAbsolutePath()
                + " or its parents");
    }

    public static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
