package ai.mihu.sdk.contracts.gate;

import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedHeaders;
import org.openapitools.openapidiff.core.model.ChangedMediaType;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedRequestBody;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import org.openapitools.openapidiff.core.model.Endpoint;

/**
 * Turns an openapi-diff result into the list of changes that break clients, each with the
 * operation, body part and JSON path it sits at.
 */
final class BreakingChangeFinder {

    /**
     * Lists the breaking changes of a diff.
     *
     * @param diff the diff between the released and the candidate spec
     * @return the breaking changes, without duplicates, in the order they were found
     */
    List<BreakingChange> find(ChangedOpenApi diff) {
        List<BreakingChange> found = new ArrayList<>();
        for (Endpoint removed : diff.getMissingEndpoints()) {
            found.add(new BreakingChange(removed.getMethod() + " " + removed.getPathUrl(), "operation removed"));
        }
        for (ChangedOperation operation : diff.getChangedOperations()) {
            collectOperation(operation, found);
        }
        if (found.isEmpty() && diff.isIncompatible()) {
            // A kind of change this walk does not name (an extension, a security scheme...): still a failure.
            found.add(new BreakingChange("spec", "openapi-diff reports an incompatible change; see its report"));
        }
        return List.copyOf(new LinkedHashSet<>(found));
    }

    private void collectOperation(ChangedOperation operation, List<BreakingChange> found) {
        String name = operation.getHttpMethod() + " " + operation.getPathUrl();
        collectParameters(operation.getParameters(), name, found);
        if (operation.getSecurityRequirements() != null
                && operation.getSecurityRequirements().isIncompatible()) {
            found.add(new BreakingChange(name, "security requirements changed incompatibly"));
        }
        ChangedRequestBody body = operation.getRequestBody();
        if (body != null) {
            if (body.isChangeRequired() && body.isCoreChanged().isIncompatible()) {
                found.add(new BreakingChange(name + ", request body", "request body became required"));
            }
            collectContent(body.getContent(), name + ", request body", found);
        }
        collectResponses(operation.getApiResponses(), name, found);
    }

    private void collectParameters(ChangedParameters parameters, String name, List<BreakingChange> found) {
        if (parameters == null || !parameters.isIncompatible()) {
            return;
        }
        for (Parameter removed : parameters.getMissing()) {
            found.add(new BreakingChange(name, removed.getIn() + " parameter '" + removed.getName() + "' removed"));
        }
        for (Parameter added : parameters.getIncreased()) {
            if (Boolean.TRUE.equals(added.getRequired())) {
                found.add(new BreakingChange(
                        name, "new required " + added.getIn() + " parameter '" + added.getName() + "'"));
            }
        }
        parameters.getChanged().stream()
                .filter(changed -> changed.isIncompatible())
                .forEach(changed -> found.add(new BreakingChange(
                        name, changed.getIn() + " parameter '" + changed.getName() + "' changed incompatibly")));
    }

    private void collectResponses(ChangedApiResponse responses, String name, List<BreakingChange> found) {
        if (responses == null) {
            return;
        }
        for (String status : responses.getMissing().keySet()) {
            found.add(new BreakingChange(name + ", response " + status, "response removed"));
        }
        for (Map.Entry<String, ChangedResponse> response :
                responses.getChanged().entrySet()) {
            String where = name + ", response " + response.getKey();
            collectHeaders(response.getValue().getHeaders(), where, found);
            collectContent(response.getValue().getContent(), where, found);
        }
    }

    private void collectHeaders(ChangedHeaders headers, String where, List<BreakingChange> found) {
        if (headers == null || !headers.isIncompatible()) {
            return;
        }
        for (String removed : headers.getMissing().keySet()) {
            found.add(new BreakingChange(where, "header '" + removed + "' removed"));
        }
        headers.getChanged().forEach((header, change) -> {
            if (change.isIncompatible()) {
                found.add(new BreakingChange(where, "header '" + header + "' changed incompatibly"));
            }
        });
    }

    private void collectContent(ChangedContent content, String where, List<BreakingChange> found) {
        if (content == null) {
            return;
        }
        for (String mediaType : content.getMissing().keySet()) {
            found.add(new BreakingChange(where, "media type " + mediaType + " removed"));
        }
        SchemaBreakingChanges schemas = new SchemaBreakingChanges(found);
        for (Map.Entry<String, ChangedMediaType> mediaType :
                content.getChanged().entrySet()) {
            schemas.collect(mediaType.getValue().getSchema(), where + " (" + mediaType.getKey() + ")", "$");
        }
    }
}
