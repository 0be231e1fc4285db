package ai.mihu.sdk.contracts.pact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the pact files of a directory; shared by the spec validation and the broker publisher. */
public final class PactFiles {

    private PactFiles() {}

    /**
     * The {@code .json} files directly in a directory, sorted by name.
     *
     * @param directory the pact directory
     * @return the pact files; empty when the directory does not exist
     * @throws UncheckedIOException when the directory cannot be listed
     */
    public static List<Path> in(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the pact directory " + directory, e);
        }
    }
}
