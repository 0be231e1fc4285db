package ai.mihu.sdk.contracts.gate;

import io.swagger.v3.oas.models.media.Schema;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.schema.ChangedEnum;
import org.openapitools.openapidiff.core.model.schema.ChangedRequired;

/**
 * Walks one changed schema of a request or response body, property by property, and collects the
 * changes that break clients.
 *
 * <p>openapi-diff's own verdicts are kept (a type change, a tightened constraint, a property that
 * became required in a request or optional in a response). Two rules are added, because
 * openapi-diff lets them pass and each breaks users of the generated SDK:
 * <ul>
 *   <li>a removed property, in a request or a response, optional or not: the generated model
 *       loses its getter and setter, and a client that reads the field gets nothing;</li>
 *   <li>a removed enum value, in a request or a response: the generated enum loses a constant that
 *       user code may name, and a client that sends the value is rejected.</li>
 * </ul>
 * An enum value added to a response is not breaking here: the spec tells clients to accept values
 * they do not know, and the SDK decodes them (see {@link SpecCompatibilityGate}).
 */
final class SchemaBreakingChanges {

    private final List<BreakingChange> found;
    private final Set<ChangedSchema> visited = Collections.newSetFromMap(new IdentityHashMap<>());

    SchemaBreakingChanges(List<BreakingChange> found) {
        this.found = found;
    }

    /**
     * Collects the breaking changes of a schema and everything under it.
     *
     * @param schema   the changed schema, or null when openapi-diff saw no change
     * @param location the operation and body part, for the report
     * @param path     the JSON path of the schema inside the body, {@code $} for the body itself
     */
    void collect(ChangedSchema schema, String location, String path) {
        if (schema == null || !visited.add(schema)) {
            return; // unchanged, or a recursive schema already walked
        }
        String where = location + ", " + path;
        boolean request = schema.getContext() != null && schema.getContext().isRequest();

        if (schema.isChangedType()) {
            found.add(new BreakingChange(
                    where,
                    "type changed from " + typeOf(schema.getOldSchema()) + " to " + typeOf(schema.getNewSchema())));
        }
        if (schema.isDiscriminatorPropertyChanged()) {
            found.add(new BreakingChange(where, "discriminator property changed"));
        }
        for (String removed : schema.getMissingProperties().keySet()) {
            found.add(new BreakingChange(location + ", " + child(path, removed), "property removed"));
        }
        collectRequired(schema.getRequired(), where, request);
        collectEnum(schema.getEnumeration(), where, request);
        collectConstraints(schema, where);

        for (Map.Entry<String, ChangedSchema> property :
                schema.getChangedProperties().entrySet()) {
            collect(property.getValue(), location, child(path, property.getKey()));
        }
        collect(schema.getItems(), location, path + "[]");
        collect(schema.getAddProp(), location, path + "{*}");
    }

    private void collectRequired(ChangedRequired required, String where, boolean request) {
        if (required == null || !required.isIncompatible()) {
            return;
        }
        if (request && !required.getIncreased().isEmpty()) {
            found.add(new BreakingChange(
                    where,
                    "newly required request propert" + plural(required.getIncreased()) + " "
                            + required.getIncreased()));
        }
        if (!request && !required.getMissing().isEmpty()) {
            found.add(new BreakingChange(
                    where,
                    "response propert" + plural(required.getMissing()) + " no longer required "
                            + required.getMissing()));
        }
    }

    private void collectEnum(ChangedEnum<?> enumeration, String where, boolean request) {
        if (enumeration == null) {
            return;
        }
        if (!enumeration.getMissing().isEmpty()) {
            found.add(new BreakingChange(
                    where,
                    "enum value" + (enumeration.getMissing().size() == 1 ? "" : "s") + " removed "
                            + enumeration.getMissing()));
        } else if (request && enumeration.isIncompatible()) {
            found.add(new BreakingChange(where, "enum changed incompatibly"));
        }
    }

    /** Tightened constraints (length, range, pattern, nullability, read/write-only...), as openapi-diff judges them. */
    private void collectConstraints(ChangedSchema schema, String where) {
        for (Changed element : schema.getChangedElements()) {
            if (element == null
                    || element instanceof ChangedSchema
                    || element instanceof ChangedEnum
                    || element instanceof ChangedRequired) {
                continue; // walked on their own, with a path or a clearer message
            }
            if (element.isIncompatible()) {
                found.add(new BreakingChange(where, constraintName(element) + " changed incompatibly"));
            }
        }
    }

    private static String constraintName(Changed element) {
        String name = element.getClass().getSimpleName().replaceFirst("^Changed", "");
        return name.isEmpty() ? "constraint" : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static String child(String path, String property) {
        return path + "." + property;
    }

    private static String plural(List<?> items) {
        return items.size() == 1 ? "y" : "ies";
    }

    private static String typeOf(Schema<?> schema) {
        if (schema == null) {
            return "(none)";
        }
        return schema.getType() != null ? schema.getType() : String.valueOf(schema.getTypes());
    }
}
