package ai.mihu.docs.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the build put the site and the bundle, as failsafe passes them to the checks. */
public final class BuiltSite {

    private BuiltSite() {}

    /** Returns the built site folder, failing clearly if the build has not produced it. */
    public static Path siteDirectory() {
        Path site = Path.of(required("docs.site.dir"));
        assertThat(site.resolve("index.html"))
                .as("the generated site (run the docs module through 'verify')")
                .isRegularFile();
        return site;
    }

    /** Returns the versioned site zip. */
    public static Path bundle() {
        Path bundle = Path.of(required("docs.bundle.file"));
        assertThat(bundle).as("the site bundle built by the assembly plugin").isRegularFile();
        return bundle;
    }

    /** Returns the spec as maintained in the repository. */
    public static Path specSource() {
        return Path.of(required("docs.spec.file"));
    }

    /** Returns the repository root, which snippet captions name files relative to. */
    public static Path sourceBase() {
        return Path.of(required("docs.source.base")).toAbsolutePath().normalize();
    }

    /** Returns the build's version. */
    public static String version() {
        return required("docs.project.version");
    }

    /** Returns the folder screenshots go to, creating it. */
    public static Path screenshotDirectory() throws java.io.IOException {
        return Files.createDirectories(Path.of(required("docs.screenshot.dir")));
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        assertThat(value)
                .as("system property " + property + " set by the docs pom's failsafe " + "configuration")
                .isNotBlank();
        return value;
    }
}
