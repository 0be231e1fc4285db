package ai.mihu.docs.snippets;

import java.util.List;

/**
 * Thrown when snippet regions are missing, malformed or ambiguous. The message lists every
 * problem found with its file and line, so one build run shows all of them.
 */
public class SnippetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /**
     * Creates an exception for one or more problems.
     *
     * @param problems what is wrong, one entry per problem, each naming where
     */
    public SnippetException(List<String> problems) {
        super(format(problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Returns the problems this exception reports.
     *
     * @return one message per problem, in the order they were found
     */
    public List<String> problems() {
        return problems;
    }

    private static String format(List<String> problems) {
        if (problems.size() == 1) {
            return problems.get(0);
        }
        return problems.size() + " snippet problems:\n  - " + String.join("\n  - ", problems);
    }
}
