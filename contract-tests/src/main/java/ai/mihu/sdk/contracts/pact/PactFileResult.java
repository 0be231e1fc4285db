package ai.mihu.sdk.contracts.pact;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the spec says about the interactions of one pact file.
 *
 * @param pactFile         the pact file
 * @param consumer         the pact's consumer name
 * @param provider         the pact's provider name
 * @param interactionCount how many interactions the pact holds
 * @param problems         for each interaction that does not fit the spec, its description and the
 *                         errors found in its request and response; empty when everything fits
 */
public record PactFileResult(
        Path pactFile, String consumer, String provider, int interactionCount, Map<String, List<String>> problems) {

    /**
     * Creates a result.
     *
     * @param pactFile         the pact file
     * @param consumer         the consumer name
     * @param provider         the provider name
     * @param interactionCount the number of interactions
     * @param problems         the errors by interaction description
     */
    public PactFileResult {
        problems = Map.copyOf(problems);
    }

    /**
     * Tells whether any interaction breaks the spec, or the pact holds no interaction to check.
     *
     * @return true when the pact must not pass
     */
    public boolean hasErrors() {
        return !problems.isEmpty() || interactionCount == 0;
    }
}
