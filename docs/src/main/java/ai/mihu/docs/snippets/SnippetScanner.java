package ai.mihu.docs.snippets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds snippet regions in source files. A region starts at a line holding only a comment
 * {@code docs:start ID} and ends at the line {@code docs:end ID}; the comment may be written as
 * {@code //}, {@code #} or {@code <!-- -->}, so Java, properties, YAML and XML files all work.
 * Regions may overlap or nest: marker lines of other regions are left out of the code.
 *
 * <p>Anything doubtful is an error rather than a silently skipped region: a marker that does not
 * parse, a start without an end, an end without a start, an empty region, and an identifier used
 * twice anywhere in the roots.
 */
public final class SnippetScanner {

    private static final Pattern MARKER =
            Pattern.compile("^\\s*(?://|#|<!--)\\s*docs:(start|end)\\s+(\\S+?)\\s*(?:-->)?\\s*$");
    /** A comment that starts like a marker; if {@link #MARKER} does not match it, it is a typo. */
    private static final Pattern MARKER_LIKE = Pattern.compile("^\\s*(?://|#|<!--)\\s*docs:");

    private static final Pattern VALID_ID = Pattern.compile("[a-z0-9]+(?:[-.][a-z0-9]+)*");
    private static final Map<String, String> LANGUAGE_BY_EXTENSION = Map.of(
            "java", "java",
            "kt", "kotlin",
            "xml", "xml",
            "properties", "properties",
            "yaml", "yaml",
            "yml", "yaml",
            "json", "json",
            "sh", "bash");

    /**
     * Scans every supported file under the given roots.
     *
     * @param roots directories to search; each must exist
     * @return the regions found
     * @throws SnippetException listing every problem found, with file and line
     */
    public SnippetCatalog scan(List<Path> roots) {
        List<String> problems = new ArrayList<>();
        Map<String, Snippet> found = new LinkedHashMap<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                problems.add("Snippet root " + root + " is not a directory");
                continue;
            }
            for (Path file : sourceFiles(root)) {
                for (Snippet snippet : scanFile(file, problems)) {
                    Snippet earlier = found.putIfAbsent(snippet.id(), snippet);
                    if (earlier != null) {
                        problems.add("Snippet region '" + snippet.id() + "' is defined twice: "
                                + location(earlier.source(), earlier.firstLine()) + " and "
                                + location(snippet.source(), snippet.firstLine()));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new SnippetException(problems);
        }
        return new SnippetCatalog(new ArrayList<>(found.values()), roots);
    }

    private static List<Path> sourceFiles(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile)
                    .filter(path -> language(path).isPresent())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list snippet root " + root, e);
        }
    }

    private static List<Snippet> scanFile(Path file, List<String> problems) {
        List<String> lines = readLines(file);
        String language = language(file).orElseThrow();
        Map<String, OpenRegion> open = new LinkedHashMap<>();
        List<Snippet> snippets = new ArrayList<>();
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index);
            int lineNumber = index + 1;
            Matcher marker = MARKER.matcher(line);
            if (!marker.matches()) {
                if (MARKER_LIKE.matcher(line).find()) {
                    problems.add(location(file, lineNumber) + ": malformed snippet marker '" + line.strip()
                            + "'; write 'docs:start ID' or 'docs:end ID' alone in a comment");
                }
                for (OpenRegion region : open.values()) {
                    region.lines.add(line);
                }
                continue;
            }
            String id = marker.group(2);
            if (!VALID_ID.matcher(id).matches()) {
                problems.add(location(file, lineNumber) + ": snippet id '" + id
                        + "' must be lower-case letters and digits separated by '-' or '.'");
                continue;
            }
            if (marker.group(1).equals("start")) {
                if (open.containsKey(id)) {
                    problems.add(
                            location(file, lineNumber) + ": snippet region '" + id + "' starts again before it ends");
                } else {
                    open.put(id, new OpenRegion(lineNumber + 1));
                }
            } else {
                OpenRegion region = open.remove(id);
                if (region == null) {
                    problems.add(location(file, lineNumber) + ": 'docs:end " + id + "' has no matching 'docs:start "
                            + id + "' before it");
                } else {
                    toSnippet(id, file, language, region, problems).ifPresent(snippets::add);
                }
            }
        }
        open.forEach((id, region) -> problems.add(location(file, region.firstLine - 1) + ": 'docs:start " + id
                + "' has no matching 'docs:end " + id + "'"));
        return snippets;
    }

    private static Optional<Snippet> toSnippet(
            String id, Path file, String language, OpenRegion region, List<String> problems) {
        List<String> lines = region.lines;
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        int end = lines.size();
        while (end > first && lines.get(end - 1).isBlank()) {
            end--;
        }
        if (first == end) {
            problems.add(location(file, region.firstLine - 1) + ": snippet region '" + id + "' is empty");
            return Optional.empty();
        }
        List<String> code = lines.subList(first, end);
        int indent = code.stream()
                .filter(line -> !line.isBlank())
                .mapToInt(SnippetScanner::leadingWhitespace)
                .min()
                .orElse(0);
        StringBuilder text = new StringBuilder();
        for (String line : code) {
            String dedented = line.isBlank() ? "" : line.substring(indent).stripTrailing();
            text.append(dedented).append('\n');
        }
        text.setLength(text.length() - 1);
        return Optional.of(new Snippet(id, file, region.firstLine + first, language, text.toString()));
    }

    private static int leadingWhitespace(String line) {
        int count = 0;
        while (count < line.length() && (line.charAt(count) == ' ' || line.charAt(count) == '\t')) {
            count++;
        }
        return count;
    }

    private static Optional<String> language(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.ofNullable(LANGUAGE_BY_EXTENSION.get(name.substring(dot + 1)));
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static String location(Path file, int line) {
        return file + ":" + line;
    }

    /** A region whose start marker was seen and whose end marker was not, yet. */
    private static final class OpenRegion {
        private final int firstLine;
        private final List<String> lines = new ArrayList<>();

        private OpenRegion(int firstLine) {
            this.firstLine = firstLine;
        }
    }
}
