package ai.mihu.docs.readme;

import ai.mihu.docs.snippets.Snippet;
import ai.mihu.docs.snippets.SnippetCatalog;
import ai.mihu.docs.snippets.SnippetException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that every Java block of a Markdown page is a snippet region of a compiled source, word
 * for word: the line before the block's opening fence must be {@code <!-- snippet ID -->}, and the
 * block must equal region {@code ID} exactly, so an edit to either side fails the build until the
 * other follows.
 */
final class ReadmeCodeBlocks {

    private static final Pattern MARKER = Pattern.compile("^<!--\\s*snippet\\s+(\\S+)\\s*-->$");
    private static final Pattern FENCE = Pattern.compile("^(```+)\\s*(\\S*)\\s*$");

    private ReadmeCodeBlocks() {}

    /** A fenced code block: its language, the line of its opening fence, and its text. */
    record Block(String language, int fenceLine, String marker, String code) {}

    /**
     * What is wrong with the page's Java blocks.
     *
     * @param pageName the page's name for messages, such as {@code README.md}
     * @param lines the page's lines
     * @param snippets the regions the blocks may come from
     * @return one message per problem, naming the page's line; empty when every block matches
     */
    static List<String> problems(String pageName, List<String> lines, SnippetCatalog snippets) {
        List<String> problems = new ArrayList<>();
        for (Block block : blocks(lines)) {
            if (!block.language().equals("java")) {
                continue;
            }
            String where = pageName + ":" + block.fenceLine();
            if (block.marker() == null) {
                problems.add(
                        where + ": a Java block without '<!-- snippet ID -->' on the line before it; cut it from a "
                                + "compiled and tested source region instead of writing it here");
                continue;
            }
            Snippet snippet;
            try {
                snippet = snippets.require(block.marker());
            } catch (SnippetException e) {
                problems.add(where + ": " + e.getMessage());
                continue;
            }
            if (!snippet.code().equals(block.code())) {
                problems.add(where + ": the block differs from region '" + snippet.id() + "' of " + snippet.source()
                        + " from line " + snippet.firstLine() + firstDifference(block.code(), snippet.code()));
            }
        }
        return problems;
    }

    /** The page's fenced blocks, in order. */
    static List<Block> blocks(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        for (int index = 0; index < lines.size(); index++) {
            Matcher open = FENCE.matcher(lines.get(index));
            if (!open.matches()) {
                continue;
            }
            String fence = open.group(1);
            int fenceLine = index + 1;
            String marker = null;
            if (index > 0) {
                Matcher markerLine = MARKER.matcher(lines.get(index - 1).strip());
                marker = markerLine.matches() ? markerLine.group(1) : null;
            }
            List<String> code = new ArrayList<>();
            index++;
            while (index < lines.size() && !lines.get(index).strip().equals(fence)) {
                code.add(lines.get(index));
                index++;
            }
            blocks.add(new Block(open.group(2), fenceLine, marker, String.join("\n", code)));
        }
        return blocks;
    }

    private static String firstDifference(String shown, String source) {
        String[] shownLines = shown.split("\n", -1);
        String[] sourceLines = source.split("\n", -1);
        for (int i = 0; i < Math.max(shownLines.length, sourceLines.length); i++) {
            String a = i < shownLines.length ? shownLines[i] : "(nothing)";
            String b = i < sourceLines.length ? sourceLines[i] : "(nothing)";
            if (!a.equals(b)) {
                return "; line " + (i + 1) + " of the block is '" + a + "' where the source has '" + b + "'";
            }
        }
        return "";
    }
}
