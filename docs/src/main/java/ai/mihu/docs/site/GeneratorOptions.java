package ai.mihu.docs.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The site generator's settings, parsed from {@code --name=value} arguments. Repeatable options
 * ({@code --module}, {@code --snippet-root}, {@code --page}) may be given any number of times.
 *
 * @param siteDirectory where the site is written; the spec, Swagger UI and Javadoc are already there
 * @param contentDirectory hand-written pages and assets: Markdown is rendered, the rest copied
 * @param extraPages Markdown files outside the content folder, by the site path they render to
 * @param groupId the build's groupId, for dependency blocks
 * @param version the build's version, for dependency blocks and the footer
 * @param moduleDirectories modules whose artifacts pages may name
 * @param snippetRoots source folders searched for snippet regions
 * @param sourceBase the folder snippet captions show paths relative to
 */
public record GeneratorOptions(
        Path siteDirectory,
        Path contentDirectory,
        Map<String, Path> extraPages,
        String groupId,
        String version,
        List<Path> moduleDirectories,
        List<Path> snippetRoots,
        Path sourceBase) {

    private static final Set<String> KNOWN =
            Set.of("site-dir", "content-dir", "page", "group-id", "version", "module", "snippet-root", "source-base");

    /**
     * Parses command-line arguments.
     *
     * @param args arguments of the form {@code --name=value}
     * @return the options
     * @throws IllegalArgumentException naming the argument that is unknown, malformed or missing
     */
    public static GeneratorOptions parse(String... args) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("Expected --name=value, got '" + arg + "'");
            }
            String name = arg.substring(2, equals);
            if (!KNOWN.contains(name)) {
                throw new IllegalArgumentException("Unknown option --" + name + "; known: " + KNOWN);
            }
            values.computeIfAbsent(name, key -> new ArrayList<>()).add(arg.substring(equals + 1));
        }
        Map<String, Path> pages = new LinkedHashMap<>();
        for (String page : values.getOrDefault("page", List.of())) {
            int equals = page.lastIndexOf('=');
            if (equals <= 0 || !page.endsWith(".html")) {
                throw new IllegalArgumentException("Expected --page=SOURCE.md=TARGET.html, got '--page=" + page + "'");
            }
            pages.put(page.substring(equals + 1), Path.of(page.substring(0, equals)));
        }
        Path siteDirectory = Path.of(single(values, "site-dir"));
        return new GeneratorOptions(
                siteDirectory,
                Path.of(single(values, "content-dir")),
                pages,
                single(values, "group-id"),
                single(values, "version"),
                paths(values.getOrDefault("module", List.of())),
                paths(values.getOrDefault("snippet-root", List.of())),
                values.containsKey("source-base")
                        ? Path.of(single(values, "source-base"))
                        : Path.of("").toAbsolutePath());
    }

    private static String single(Map<String, List<String>> values, String name) {
        List<String> given = values.get(name);
        if (given == null || given.isEmpty() || given.get(0).isBlank()) {
            throw new IllegalArgumentException("Missing required option --" + name + "=...");
        }
        if (given.size() > 1) {
            throw new IllegalArgumentException("Option --" + name + " given more than once");
        }
        return given.get(0);
    }

    private static List<Path> paths(List<String> values) {
        return values.stream().map(Path::of).toList();
    }
}
