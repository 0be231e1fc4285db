package ai.mihu.docs.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavadocFontRepairTest {

    @TempDir
    Path site;

    @Test
    void suppliesTheFontStylesheetOfTheJdk17Layout() throws IOException {
        Path javadoc = javadocSet("old", "stylesheet.css", "@import url('resources/fonts/dejavu.css');");

        assertThat(JavadocFontRepair.repair(site)).containsExactly(javadoc);
        assertThat(javadoc.resolve("resources/fonts/dejavu.css")).isRegularFile();
    }

    @Test
    void suppliesTheFontStylesheetOfTheResourceFilesLayoutOfNewerJdks() throws IOException {
        Path javadoc = javadocSet("new", "resource-files/stylesheet.css", "@import url('fonts/dejavu.css');");

        assertThat(JavadocFontRepair.repair(site)).containsExactly(javadoc);
        assertThat(javadoc.resolve("resource-files/fonts/dejavu.css")).isRegularFile();
    }

    @Test
    void leavesAShippedFontStylesheetAlone() throws IOException {
        Path javadoc = javadocSet("shipped", "resource-files/stylesheet.css", "@import url('fonts/dejavu.css');");
        Path fonts =
                Files.createDirectories(javadoc.resolve("resource-files/fonts")).resolve("dejavu.css");
        Files.writeString(fonts, "/* the JDK's own */", StandardCharsets.UTF_8);

        assertThat(JavadocFontRepair.repair(site)).isEmpty();
        assertThat(fonts).hasContent("/* the JDK's own */");
    }

    private Path javadocSet(String name, String stylesheet, String content) throws IOException {
        Path javadoc = Files.createDirectories(site.resolve("javadoc").resolve(name));
        Files.writeString(javadoc.resolve("index.html"), "<html></html>", StandardCharsets.UTF_8);
        Path css = javadoc.resolve(stylesheet);
        Files.createDirectories(css.getParent());
        Files.writeString(css, content + "\nbody { }\n", StandardCharsets.UTF_8);
        return javadoc;
    }
}
