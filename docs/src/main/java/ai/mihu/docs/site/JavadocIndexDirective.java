package ai.mihu.docs.site;

import ai.mihu.docs.markdown.Directive;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.node.BulletList;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.jsoup.Jsoup;

/**
 * <code>{{javadoc-index}}</code>: a list linking every Javadoc set unpacked under the site's
 * {@code javadoc/} folder, one folder per artifact, labelled with the artifact and the Javadoc's
 * own title. Adding a module's Javadoc to the site therefore needs no change to any page.
 */
final class JavadocIndexDirective implements Directive {

    private static final String OVERVIEW_PREFIX = "Overview (";

    private final Path siteDirectory;

    JavadocIndexDirective(Path siteDirectory) {
        this.siteDirectory = siteDirectory;
    }

    @Override
    public List<Node> expand(String argument) {
        if (!argument.isEmpty()) {
            throw new IllegalArgumentException("{{javadoc-index}} takes no argument");
        }
        List<Path> sets = javadocSets(siteDirectory);
        if (sets.isEmpty()) {
            throw new IllegalStateException("no Javadoc found under " + siteDirectory.resolve("javadoc")
                    + "; unpack each SDK module's javadoc jar into javadoc/ARTIFACT/");
        }
        BulletList list = new BulletList();
        list.setTight(true);
        for (Path set : sets) {
            String artifact = set.getFileName().toString();
            Link link = new Link("javadoc/" + artifact + "/index.html", null);
            link.appendChild(new Text(artifact));
            Paragraph paragraph = new Paragraph();
            paragraph.appendChild(link);
            paragraph.appendChild(new Text(": " + title(set.resolve("index.html"))));
            ListItem item = new ListItem();
            item.appendChild(paragraph);
            list.appendChild(item);
        }
        return List.of(list);
    }

    /** Folders under javadoc/ that hold a Javadoc index page, sorted by name. */
    static List<Path> javadocSets(Path siteDirectory) {
        Path javadoc = siteDirectory.resolve("javadoc");
        if (!Files.isDirectory(javadoc)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(javadoc)) {
            return new ArrayList<>(folders.filter(folder -> Files.isRegularFile(folder.resolve("index.html")))
                    .sorted()
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + javadoc, e);
        }
    }

    private static String title(Path indexPage) {
        try {
            String title = Jsoup.parse(indexPage.toFile(), "UTF-8").title().strip();
            // The JDK titles a multi-package overview "Overview (NAME API)" and a one-package set just
            // "NAME API"; show the name alike for both, so the list reads evenly.
            if (title.startsWith(OVERVIEW_PREFIX) && title.endsWith(")")) {
                title = title.substring(OVERVIEW_PREFIX.length(), title.length() - 1)
                        .strip();
            }
            return title.isEmpty() ? "API documentation" : title;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + indexPage, e);
        }
    }
}
