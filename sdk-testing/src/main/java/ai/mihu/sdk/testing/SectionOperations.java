package ai.mihu.sdk.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The operations on one {@link ItemSection} of an agent (notes, procedures, guard rules...), each
 * answering the whole agent after the change:
 *
 * <ul>
 *   <li>{@link #add()} appends one item with a server {@code uuid} and keeps the others;
 *   <li>{@link #replaceAll()} replaces the whole section with the items sent;
 *   <li>{@link #update(String)} changes only what was sent of one item ({@code null} clears, a
 *       list sent replaces that list);
 *   <li>{@link #delete(String)} removes one item.
 * </ul>
 *
 * An unknown agent or item answers 404 and changes nothing.
 */
final class SectionOperations {

    private final ItemSection section;
    private final Tenant tenant;
    private final Supplier<UUID> uuids;

    SectionOperations(ItemSection section, Tenant tenant, Supplier<UUID> uuids) {
        this.section = section;
        this.tenant = tenant;
        this.uuids = uuids;
    }

    /** Adds the item the body describes at the end of the section. */
    OperationHandler add() {
        return call -> agentChanged("added", tenant.change(call.agentUuid(), draft -> {
            ArrayNode items = section.of(draft.agent());
            items.add(section.newItem(call.body(), items.size(), uuids));
            return draft.agent();
        }));
    }

    /** Replaces the section with the list the body holds under the section's own name. */
    OperationHandler replaceAll() {
        return call -> {
            ObjectNode agent = tenant.change(call.agentUuid(), draft -> {
                draft.agent()
                        .set(section.property(), section.newItems(call.body().get(section.property()), uuids));
                return draft.agent();
            });
            return OperationResult.ok(capitalised(section.itemName()) + "s replaced successfully", agent);
        };
    }

    /**
     * Changes the item the path names.
     *
     * @param itemParameter the path parameter holding the item's uuid, such as {@code ruleUuid}
     */
    OperationHandler update(String itemParameter) {
        return call -> agentChanged("updated", tenant.change(call.agentUuid(), draft -> {
            ObjectNode item = item(draft.agent(), call, itemParameter);
            MergePatch.apply(item, call.body());
            MockMihuJson.requireShapeOf(item, section.itemType());
            return draft.agent();
        }));
    }

    /**
     * Removes the item the path names.
     *
     * @param itemParameter the path parameter holding the item's uuid, such as {@code procedureUuid}
     */
    OperationHandler delete(String itemParameter) {
        return call -> agentChanged("deleted", tenant.change(call.agentUuid(), draft -> {
            String itemUuid = call.parameter(itemParameter);
            section.of(draft.agent()).remove(section.indexOf(draft.agent(), call.agentUuid(), itemUuid));
            return draft.agent();
        }));
    }

    private ObjectNode item(ObjectNode agent, OperationCall call, String itemParameter) {
        String itemUuid = call.parameter(itemParameter);
        return (ObjectNode) section.of(agent).get(section.indexOf(agent, call.agentUuid(), itemUuid));
    }

    private OperationResult agentChanged(String what, ObjectNode agent) {
        return OperationResult.ok(capitalised(section.itemName()) + " " + what + " successfully", agent);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
