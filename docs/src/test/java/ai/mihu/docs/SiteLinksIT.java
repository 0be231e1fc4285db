package ai.mihu.docs;

import static org.assertj.core.api.Assertions.assertThat;

import ai.mihu.docs.support.BuiltSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Crawls every HTML and CSS file of the built site: each relative link and asset must exist
 * inside the site, each fragment must name an element of its target page, and nothing the
 * browser loads by itself (scripts, stylesheets, images, frames) may come from another host.
 */
class SiteLinksIT {

    /** CSS url(...) and @import "..." references. */
    private static final Pattern CSS_REFERENCE =
            Pattern.compile("url\\(\\s*['\"]?([^'\")]+?)['\"]?\\s*\\)|@import\\s+['\"]([^'\"]+)['\"]");

    private static Path site;
    private static List<Path> htmlFiles;
    private final Map<Path, Set<String>> anchorsByPage = new HashMap<>();

    @BeforeAll
    static void findPages() throws IOException {
        site = BuiltSite.siteDirectory().toAbsolutePath().normalize();
        htmlFiles = files(".html");
    }

    @Test
    void siteHasItsPagesAndTheJavadocOfEveryPublicArtifact() {
        assertThat(htmlFiles)
                .extracting(file -> site.relativize(file).toString().replace('\\', '/'))
                .contains(
                        "index.html",
                        "getting-started.html",
                        "changelog.html",
                        "reference/index.html",
                        "javadoc/mihu-sdk/index.html",
                        "javadoc/mihu-sdk/ai/mihu/sdk/MihuClient.html",
                        "javadoc/mihu-sdk/ai/mihu/sdk/errors/MihuApiException.html",
                        "javadoc/mihu-sdk-generated/index.html",
                        "javadoc/mihu-sdk-generated/ai/mihu/sdk/model/CreateAgentRequest.html",
                        "javadoc/mihu-sdk-testing/index.html",
                        "javadoc/mihu-sdk-testing/ai/mihu/sdk/testing/MockMihuServer.html");
    }

    @Test
    void everyLinkAndAssetInTheHtmlResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : htmlFiles) {
            Document document = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element element : document.select("[href], [src]")) {
                String attribute = element.hasAttr("src") ? "src" : "href";
                String reference = element.attr(attribute).strip();
                String problem = check(page, element, reference);
                checked++;
                if (problem != null) {
                    broken.add(site.relativize(page) + ": <" + element.tagName() + " " + attribute + "=\"" + reference
                            + "\"> " + problem);
                }
            }
        }
        assertThat(checked).as("links and assets checked").isGreaterThan(1000);
        assertThat(broken).as("broken links and assets").isEmpty();
    }

    @Test
    void everyStylesheetReferenceResolvesInsideTheSite() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path stylesheet : files(".css")) {
            String css = Files.readString(stylesheet, StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
            Matcher matcher = CSS_REFERENCE.matcher(css);
            while (matcher.find()) {
                String reference = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                if (reference.startsWith("data:") || reference.startsWith("#")) {
                    continue;
                }
                if (isAbsolute(reference)) {
                    broken.add(site.relativize(stylesheet) + ": loads " + reference + " from another host");
                } else if (!Files.isRegularFile(resolve(stylesheet, reference))) {
                    broken.add(site.relativize(stylesheet) + ": " + reference + " does not exist");
                }
            }
        }
        assertThat(broken).as("broken stylesheet references").isEmpty();
    }

    /** Returns what is wrong with a reference, or null if it resolves. */
    private String check(Path page, Element element, String reference) {
        if (reference.isEmpty()
                || reference.startsWith("mailto:")
                || reference.startsWith("data:")
                || reference.startsWith("javascript:")) {
            return null;
        }
        boolean loadedByBrowser =
                !element.tagName().equals("a") && !element.tagName().equals("area");
        if (isAbsolute(reference)) {
            URI uri = URI.create(reference.replace(" ", "%20"));
            String host = uri.getHost() == null ? "" : uri.getHost();
            if (host.equals("localhost") || host.startsWith("127.")) {
                return "points at a loopback server, which readers of the portal do not have";
            }
            return loadedByBrowser ? "loads from another host; the site must work offline" : null;
        }
        int hash = reference.indexOf('#');
        String path = hash < 0 ? reference : reference.substring(0, hash);
        String fragment = hash < 0 ? "" : decode(reference.substring(hash + 1));
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        Path target = path.isEmpty() ? page : resolve(page, path);
        if (!target.startsWith(site)) {
            return "leaves the site";
        }
        if (Files.isDirectory(target)) {
            target = target.resolve("index.html");
        }
        if (!Files.isRegularFile(target)) {
            return "does not exist";
        }
        // Fragments are checked on every link except those between Javadoc pages: the JDK writes
        // those, and JDK 17 has known dangling ones (constant-values.html links #PREFIX for package
        // prefixes it never marks). Links from our pages into the Javadoc are checked.
        boolean writtenByJavadoc = site.relativize(page).startsWith("javadoc")
                && site.relativize(target).startsWith("javadoc");
        if (!fragment.isEmpty()
                && !writtenByJavadoc
                && target.toString().endsWith(".html")
                && !anchors(target).contains(fragment)) {
            return "names #" + fragment + ", which " + site.relativize(target) + " does not have";
        }
        return null;
    }

    private Set<String> anchors(Path page) {
        return anchorsByPage.computeIfAbsent(page, file -> {
            try {
                Document document = Jsoup.parse(file.toFile(), "UTF-8");
                Set<String> anchors = new HashSet<>();
                document.select("[id]").forEach(element -> anchors.add(element.id()));
                document.select("a[name]").forEach(element -> anchors.add(element.attr("name")));
                return anchors;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static boolean isAbsolute(String reference) {
        return reference.startsWith("//") || reference.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    }

    private static Path resolve(Path from, String relative) {
        return from.getParent().resolve(decode(relative)).normalize();
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static List<Path> files(String extension) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(file -> file.toString().endsWith(extension))
                    .sorted()
                    .toList();
        }
    }
}
