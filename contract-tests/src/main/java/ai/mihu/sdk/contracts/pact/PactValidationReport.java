package ai.mihu.sdk.contracts.pact;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result of checking pact files against the spec, readable by a person looking at a failed
 * build.
 *
 * @param spec  the spec the pacts were checked against
 * @param files the result for each pact file
 */
public record PactValidationReport(String spec, List<PactFileResult> files) {

    /**
     * Creates a report.
     *
     * @param spec  the spec location
     * @param files the per-file results
     */
    public PactValidationReport {
        files = List.copyOf(files);
    }

    /**
     * Tells whether any pact file breaks the spec.
     *
     * @return true when the build must fail
     */
    public boolean hasErrors() {
        return files.stream().anyMatch(PactFileResult::hasErrors);
    }

    /**
     * Lists every problem, grouped by pact file and interaction.
     *
     * @return a multi-line report; says so when everything fits the spec
     */
    public String render() {
        StringBuilder text =
                new StringBuilder("Pacts checked against ").append(spec).append('\n');
        for (PactFileResult file : files) {
            text.append("- ")
                    .append(file.pactFile().getFileName())
                    .append(" (")
                    .append(file.consumer())
                    .append(" -> ")
                    .append(file.provider())
                    .append(", ")
                    .append(file.interactionCount())
                    .append(" interaction")
                    .append(file.interactionCount() == 1 ? "" : "s")
                    .append("): ");
            if (file.interactionCount() == 0) {
                text.append("NO INTERACTIONS, so nothing was checked\n");
            } else if (file.problems().isEmpty()) {
                text.append("all fit the spec\n");
            } else {
                text.append(file.problems().size())
                        .append(" of ")
                        .append(file.interactionCount())
                        .append(" do not fit the spec\n");
                for (Map.Entry<String, List<String>> interaction : new TreeMap<>(file.problems()).entrySet()) {
                    text.append("    interaction '")
                            .append(interaction.getKey())
                            .append("':\n");
                    interaction
                            .getValue()
                            .forEach(problem ->
                                    text.append("      * ").append(problem).append('\n'));
                }
            }
        }
        return text.toString();
    }
}
