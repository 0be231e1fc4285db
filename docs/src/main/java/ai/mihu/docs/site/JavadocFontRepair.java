package ai.mihu.docs.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Supplies the font stylesheet that some JDK builds' Javadoc imports but does not ship. Debian's
 * OpenJDK, for one, leaves the bundled DejaVu fonts out of its javadoc tool while its
 * {@code stylesheet.css} still imports {@code resources/fonts/dejavu.css}, so every page would
 * ask for a file that is not there; newer javadoc tools (JDK 23 and later) keep the stylesheet in
 * {@code resource-files/} and import {@code fonts/dejavu.css} beside it, with the same gap. The
 * stand-in maps the font names to the reader's installed fonts; where the file exists it is left
 * alone.
 */
final class JavadocFontRepair {

    static final String FONT_STYLESHEET = "resources/fonts/dejavu.css";

    /** Where a javadoc tool puts its stylesheet, and the font stylesheet it imports from there. */
    private record Layout(String stylesheet, String fontStylesheet) {

        String importLine() {
            return "@import url('" + fontStylesheet + "')";
        }
    }

    private static final List<Layout> LAYOUTS = List.of(
            new Layout("stylesheet.css", FONT_STYLESHEET),
            new Layout("resource-files/stylesheet.css", "fonts/dejavu.css"));
    private static final String STAND_IN = """
      /*
       * Written by the docs build: the JDK that generated this Javadoc left out its DejaVu fonts
       * but not the import of this file. The fonts are taken from the reader's system if present;
       * otherwise the stylesheet's fallback fonts apply.
       */
      @font-face { font-family: 'DejaVu Sans'; src: local('DejaVu Sans'); }
      @font-face { font-family: 'DejaVu Sans Mono'; src: local('DejaVu Sans Mono'); }
      @font-face { font-family: 'DejaVu Serif'; src: local('DejaVu Serif'); }
      """;

    private JavadocFontRepair() {}

    /**
     * Adds the stand-in to every Javadoc set under the site that imports it without shipping it.
     *
     * @param siteDirectory the site folder, with Javadoc sets under {@code javadoc/}
     * @return the Javadoc folders that were repaired
     */
    static List<Path> repair(Path siteDirectory) {
        List<Path> repaired = new ArrayList<>();
        for (Path javadoc : JavadocIndexDirective.javadocSets(siteDirectory)) {
            for (Layout layout : LAYOUTS) {
                Path stylesheet = javadoc.resolve(layout.stylesheet());
                Path fonts = stylesheet.resolveSibling(layout.fontStylesheet());
                try {
                    if (Files.isRegularFile(stylesheet)
                            && !Files.exists(fonts)
                            && Files.readString(stylesheet, StandardCharsets.UTF_8)
                                    .contains(layout.importLine())) {
                        Files.createDirectories(fonts.getParent());
                        Files.writeString(fonts, STAND_IN, StandardCharsets.UTF_8);
                        repaired.add(javadoc);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot repair the font stylesheet of " + javadoc, e);
                }
            }
        }
        return repaired;
    }
}
