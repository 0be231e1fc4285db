package ai.mihu.sdk.contracts.gate;

import java.nio.file.Path;
import java.util.List;

/**
 * The gate's verdict on a candidate spec: the breaking changes it found against the released spec,
 * whether the candidate's version allows them, and openapi-diff's full change log.
 *
 * @param released        the released spec that was compared against
 * @param candidate       the spec about to be released
 * @param releasedVersion {@code info.version} of the released spec
 * @param candidateVersion {@code info.version} of the candidate spec
 * @param breakingChanges the changes that break clients of the released spec
 * @param changeLog       openapi-diff's Markdown rendering of every change, breaking or not
 */
public record CompatibilityReport(
        Path released,
        Path candidate,
        ApiVersion releasedVersion,
        ApiVersion candidateVersion,
        List<BreakingChange> breakingChanges,
        String changeLog) {

    /**
     * Creates a report.
     *
     * @param released         the released spec
     * @param candidate        the candidate spec
     * @param releasedVersion  the released spec's version
     * @param candidateVersion the candidate spec's version
     * @param breakingChanges  the breaking changes found
     * @param changeLog        openapi-diff's change log
     */
    public CompatibilityReport {
        breakingChanges = List.copyOf(breakingChanges);
    }

    /**
     * Tells whether the candidate may be released: it breaks nothing, or it raises the major
     * version, which is how a breaking change is announced.
     *
     * @return true when the gate lets the candidate through
     */
    public boolean passes() {
        return breakingChanges.isEmpty() || candidateVersion.isMajorBumpFrom(releasedVersion);
    }

    /**
     * Renders the verdict for a person reading a failed build.
     *
     * @return a multi-line report naming every breaking change and what to do about it
     */
    public String render() {
        StringBuilder text = new StringBuilder();
        text.append("Breaking-change gate: ")
                .append(candidate)
                .append(" (info.version ")
                .append(candidateVersion)
                .append(") against the released ")
                .append(released)
                .append(" (info.version ")
                .append(releasedVersion)
                .append(")\n");
        if (breakingChanges.isEmpty()) {
            return text.append("No breaking change.\n").toString();
        }
        text.append(breakingChanges.size())
                .append(" breaking change")
                .append(breakingChanges.size() == 1 ? "" : "s")
                .append(":\n");
        breakingChanges.forEach(change -> text.append("  - ").append(change).append('\n'));
        if (passes()) {
            text.append("Accepted: the major version goes from ")
                    .append(releasedVersion.major())
                    .append(" to ")
                    .append(candidateVersion.major())
                    .append(".\n");
        } else {
            text.append("Rejected: make the change compatible (add instead of remove or rename; keep new request"
                            + " fields optional), or release it as a new major version by raising info.version to ")
                    .append(releasedVersion.major() + 1)
                    .append(".0.0.\n");
        }
        return text.append("\nopenapi-diff change log:\n").append(changeLog).toString();
    }
}
