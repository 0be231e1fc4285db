package ai.mihu.docs.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The artifacts the guide may tell readers to depend on, read from the modules' own poms so
 * that a renamed artifact fails the docs build instead of leaving a wrong coordinate on a page.
 */
public final class ProjectModules {

    private final Set<String> artifactIds;

    private ProjectModules(Set<String> artifactIds) {
        this.artifactIds = Set.copyOf(artifactIds);
    }

    /**
     * Reads the artifactId of each module directory's {@code pom.xml}.
     *
     * @param moduleDirectories module directories, each holding a pom.xml
     * @return the modules' artifacts
     * @throws SiteBuildException if a pom is missing or has no artifactId
     */
    public static ProjectModules read(Iterable<Path> moduleDirectories) {
        Set<String> ids = new TreeSet<>();
        for (Path directory : moduleDirectories) {
            ids.add(artifactId(directory.resolve("pom.xml")));
        }
        return new ProjectModules(ids);
    }

    /**
     * Tells whether a module of the project publishes the artifact.
     *
     * @param artifactId the artifact's id, such as {@code mihu-sdk}
     * @return true if one of the modules read has that artifactId
     */
    public boolean publishes(String artifactId) {
        return artifactIds.contains(artifactId);
    }

    /**
     * Returns the artifacts of the modules read.
     *
     * @return the artifactIds, sorted
     */
    public Set<String> artifactIds() {
        return new TreeSet<>(artifactIds);
    }

    private static String artifactId(Path pom) {
        if (!Files.isRegularFile(pom)) {
            throw new SiteBuildException("Module pom " + pom + " does not exist");
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element project = factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
            for (Node child = project.getFirstChild(); child != null; child = child.getNextSibling()) {
                if ("artifactId".equals(child.getNodeName())) {
                    return child.getTextContent().strip();
                }
            }
            throw new SiteBuildException("Module pom " + pom + " has no artifactId");
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new SiteBuildException("Cannot read module pom " + pom + ": " + e.getMessage(), e);
        }
    }
}
