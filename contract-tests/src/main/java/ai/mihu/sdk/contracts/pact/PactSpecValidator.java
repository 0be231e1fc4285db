package ai.mihu.sdk.contracts.pact;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.Pact;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.pact.PactProviderValidationResults;
import com.atlassian.oai.validator.pact.PactProviderValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that every interaction of a pact fits the OpenAPI spec, request and response, so that
 * neither the SDK's recorded behaviour nor the spec can drift away from the other unnoticed.
 *
 * <p>The Atlassian swagger-request-validator does the checking. Its levels are set here on
 * purpose:
 * <ul>
 *   <li>properties the spec does not declare are errors ({@code validation.schema.additionalProperties}),
 *       in requests and responses: a field the SDK sends or expects that the spec lacks is drift;</li>
 *   <li>a required response property missing from a pact is not an error: a pact records only what
 *       the consumer reads, and the provider's own verification proves the rest is returned.</li>
 * </ul>
 */
public final class PactSpecValidator {

    private final Path spec;
    private final OpenApiInteractionValidator validator;

    private PactSpecValidator(Path spec, OpenApiInteractionValidator validator) {
        this.spec = spec;
        this.validator = validator;
    }

    /**
     * Creates a validator for a spec file.
     *
     * @param spec the OpenAPI document, such as {@code spec/openapi.yaml}
     * @return the validator
     * @throws IllegalArgumentException when the spec file does not exist
     */
    public static PactSpecValidator forSpec(Path spec) {
        if (!Files.isRegularFile(spec)) {
            throw new IllegalArgumentException("The spec " + spec.toAbsolutePath() + " does not exist.");
        }
        LevelResolver levels = LevelResolver.create()
                .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR)
                .withLevel("validation.response.body.schema.required", ValidationReport.Level.INFO)
                .withLevel("validation.response.body.missing", ValidationReport.Level.INFO)
                .build();
        OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForSpecificationUrl(
                        spec.toUri().toString())
                .withLevelResolver(levels)
                .build();
        return new PactSpecValidator(spec, validator);
    }

    /**
     * Checks every pact file ({@code *.json}) of a directory.
     *
     * @param directory the directory the consumer tests write their pacts to
     * @return the report over all pact files
     * @throws IllegalStateException when the directory holds no pact file: the consumer tests did not
     *                               run or wrote their pacts elsewhere, and checking nothing must not pass
     */
    public PactValidationReport validateAll(Path directory) {
        List<Path> pactFiles = PactFiles.in(directory);
        if (pactFiles.isEmpty()) {
            throw new IllegalStateException("No pact file in " + directory.toAbsolutePath()
                    + ": the consumer pact tests must run first and write their pacts there"
                    + " (system property pact.rootDir).");
        }
        return new PactValidationReport(
                spec.toString(), pactFiles.stream().map(this::check).toList());
    }

    /**
     * Checks one pact file.
     *
     * @param pactFile a Pact JSON file (specification V3 or V4)
     * @return the report for that file
     */
    public PactValidationReport validate(Path pactFile) {
        return new PactValidationReport(spec.toString(), List.of(check(pactFile)));
    }

    private PactFileResult check(Path pactFile) {
        Pact pact = DefaultPactReader.INSTANCE.loadPact(pactFile.toFile());
        String consumer = pact.getConsumer().getName();
        PactProviderValidationResults results = PactProviderValidator.createFor(validator)
                .withConsumer(consumer, pactFile.toAbsolutePath().toString())
                .build()
                .validate();
        Map<String, List<String>> problems = new LinkedHashMap<>();
        results.getConsumerResults()
                .forEach(result -> result.getFailedInteractions()
                        .forEach((interaction, report) -> problems.put(interaction, errorsOf(report))));
        return new PactFileResult(
                pactFile,
                consumer,
                pact.getProvider().getName(),
                pact.getInteractions().size(),
                problems);
    }

    private static List<String> errorsOf(ValidationReport report) {
        List<String> errors = new ArrayList<>();
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() != ValidationReport.Level.ERROR) {
                continue;
            }
            StringBuilder line =
                    new StringBuilder("[").append(message.getKey()).append("] ").append(message.getMessage());
            message.getNestedMessages().forEach(nested -> line.append(" | ").append(nested.getMessage()));
            errors.add(line.toString());
        }
        return errors;
    }
}
