package ai.mihu.docs.site;

import ai.mihu.docs.markdown.Directive;
import ai.mihu.docs.markdown.MarkdownPageRenderer;
import ai.mihu.docs.markdown.RenderedMarkdown;
import ai.mihu.docs.snippets.SnippetCatalog;
import ai.mihu.docs.snippets.SnippetScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Builds the docs site at build time. The build first unpacks the material that comes from
 * other artifacts into the site folder (the spec as YAML and JSON, Swagger UI, the SDK's
 * Javadoc); this class checks that it is all there, renders the Markdown pages with their
 * snippets and coordinates, and copies the hand-written assets.
 *
 * <p>Run by exec-maven-plugin; see the docs module's pom for the arguments.
 */
public final class SiteGenerator {

    /** Files the unpack step must have put into the site before pages are rendered. */
    static final List<String> REQUIRED_MATERIAL = List.of(
            "spec/openapi.yaml",
            "spec/openapi.json",
            "reference/swagger-ui/swagger-ui-bundle.js",
            "reference/swagger-ui/swagger-ui.css");

    private final GeneratorOptions options;
    private final Consumer<String> log;

    /**
     * Creates a generator.
     *
     * @param options where to read and write
     * @param log where progress lines go
     */
    public SiteGenerator(GeneratorOptions options, Consumer<String> log) {
        this.options = options;
        this.log = log;
    }

    /**
     * Builds the site from the command line. Failures are thrown, not turned into an exit code, so
     * that the Maven build running this in-process fails with the message.
     *
     * @param args {@code --name=value} options, see {@link GeneratorOptions}
     */
    public static void main(String[] args) {
        new SiteGenerator(GeneratorOptions.parse(args), System.out::println).generate();
    }

    /**
     * Checks the unpacked material, renders every page and copies every asset.
     *
     * @return the site paths of the pages rendered from Markdown
     * @throws SiteBuildException if material is missing or a page cannot be rendered
     * @throws ai.mihu.docs.snippets.SnippetException if snippet regions are missing or malformed
     */
    public List<String> generate() {
        Path site = options.siteDirectory();
        requireMaterial(site);
        for (Path javadoc : JavadocFontRepair.repair(site)) {
            log.accept("Docs site: supplied the font stylesheet missing from " + javadoc);
        }

        SnippetCatalog snippets = new SnippetScanner().scan(options.snippetRoots());
        SnippetDirective snippetDirective = new SnippetDirective(snippets, options.sourceBase());
        Map<String, Directive> directives = Map.of(
                "snippet", snippetDirective,
                "maven-dependency",
                        new MavenDependencyDirective(
                                options.groupId(), options.version(), ProjectModules.read(options.moduleDirectories())),
                "javadoc-index", new JavadocIndexDirective(site));
        MarkdownPageRenderer renderer = new MarkdownPageRenderer(directives);
        PageLayout layout = new PageLayout(options.version());

        List<String> pages = new ArrayList<>();
        for (Path source : contentFiles()) {
            String relative =
                    options.contentDirectory().relativize(source).toString().replace('\\', '/');
            if (relative.endsWith(".md")) {
                String target = relative.substring(0, relative.length() - ".md".length()) + ".html";
                renderPage(renderer, layout, source, target);
                pages.add(target);
            } else {
                copy(source, site.resolve(relative));
            }
        }
        options.extraPages().forEach((target, source) -> {
            renderPage(renderer, layout, source, target);
            pages.add(target);
        });

        Set<String> unused = new TreeSet<>(snippets.ids());
        unused.removeAll(snippetDirective.used());
        log.accept("Docs site: " + pages.size() + " pages in " + site + ", snippets used " + snippetDirective.used()
                + (unused.isEmpty() ? "" : ", not shown on any page " + unused));
        return pages;
    }

    private void renderPage(MarkdownPageRenderer renderer, PageLayout layout, Path source, String target) {
        if (!Files.isRegularFile(source)) {
            throw new SiteBuildException("Page source " + source + " does not exist");
        }
        RenderedMarkdown page =
                renderer.render(read(source), source.getFileName().toString());
        int depth = (int) target.chars().filter(c -> c == '/').count();
        write(options.siteDirectory().resolve(target), layout.wrap(page.title(), page.html(), depth));
    }

    private static void requireMaterial(Path site) {
        List<String> missing = new ArrayList<>();
        for (String file : REQUIRED_MATERIAL) {
            if (!Files.isRegularFile(site.resolve(file))) {
                missing.add(file);
            }
        }
        if (JavadocIndexDirective.javadocSets(site).isEmpty()) {
            missing.add("javadoc/ARTIFACT/index.html");
        }
        if (!missing.isEmpty()) {
            throw new SiteBuildException("The site folder " + site + " lacks " + missing
                    + "; the dependency unpack step of the docs build puts them there");
        }
    }

    private List<Path> contentFiles() {
        Path content = options.contentDirectory();
        if (!Files.isDirectory(content)) {
            throw new SiteBuildException("Content folder " + content + " does not exist");
        }
        try (Stream<Path> files = Files.walk(content)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + content, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static void copy(Path source, Path target) {
        try {
            Files.createDirectories(target.getParent());
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy " + source + " to " + target, e);
        }
    }
}
