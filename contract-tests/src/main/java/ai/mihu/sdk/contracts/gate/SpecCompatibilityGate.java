package ai.mihu.sdk.contracts.gate;

import io.swagger.v3.oas.models.OpenAPI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.compare.OpenApiDiffOptions;
import org.openapitools.openapidiff.core.model.BackwardIncompatibleProp;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * The breaking-change gate: compares the spec about to be released with the last released one and
 * says whether a client built against the released spec still works.
 *
 * <p>openapi-diff computes the changes. Its verdicts are used with two adjustments:
 * <ul>
 *   <li>an enum value added to a response is allowed: the spec promises that servers add enum
 *       values over time and that clients accept values they do not know, and the SDK is generated
 *       to decode them;</li>
 *   <li>raising a request's {@code minLength} is breaking, since values that were accepted are then
 *       rejected (openapi-diff lets it pass by default).</li>
 * </ul>
 * {@link SchemaBreakingChanges} adds the rules openapi-diff lacks: removed properties and removed
 * enum values anywhere.
 *
 * <p>Versioning rule: breaking changes are allowed only when the candidate's {@code info.version}
 * has a greater major part than the released one. The API's version is the one that matters to its
 * clients, so the gate reads the spec, not the SDK's Maven version.
 */
public final class SpecCompatibilityGate {

    private final OpenApiDiffOptions options;

    private SpecCompatibilityGate(OpenApiDiffOptions options) {
        this.options = options;
    }

    /**
     * Creates the gate with the project's compatibility policy.
     *
     * @return the gate
     */
    public static SpecCompatibilityGate withProjectPolicy() {
        OpenApiDiffOptions options = OpenApiDiffOptions.builder()
                .configProperty(BackwardIncompatibleProp.RESPONSE_ENUM_INCREASED.getPropertyName(), "false")
                .configProperty(BackwardIncompatibleProp.REQUEST_MIN_LENGTH_INCREASED.getPropertyName(), "true")
                .build();
        return new SpecCompatibilityGate(options);
    }

    /**
     * Compares a candidate spec with the released one.
     *
     * @param released  the last released spec
     * @param candidate the spec about to be released
     * @return the verdict, with every breaking change found
     * @throws IllegalArgumentException when either file is missing, cannot be parsed or has no
     *                                  semantic {@code info.version}
     */
    public CompatibilityReport compare(Path released, Path candidate) {
        requireReadable(released, "released spec");
        requireReadable(candidate, "candidate spec");
        ChangedOpenApi diff;
        try {
            diff = OpenApiCompare.fromLocations(released.toString(), candidate.toString(), null, options);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "openapi-diff could not compare " + released + " with " + candidate + ": " + e.getMessage(), e);
        }
        List<BreakingChange> breakingChanges = new BreakingChangeFinder().find(diff);
        return new CompatibilityReport(
                released,
                candidate,
                versionOf(diff.getOldSpecOpenApi()),
                versionOf(diff.getNewSpecOpenApi()),
                breakingChanges,
                diff.isUnchanged() ? "(no change)\n" : new MarkdownRender().render(diff));
    }

    private static ApiVersion versionOf(OpenAPI spec) {
        return ApiVersion.parse(spec.getInfo() == null ? null : spec.getInfo().getVersion());
    }

    private static void requireReadable(Path spec, String role) {
        if (!Files.isRegularFile(spec)) {
            throw new IllegalArgumentException("The " + role + " " + spec.toAbsolutePath() + " does not exist.");
        }
    }
}
