package ai.mihu.sdk.testing;

import ai.mihu.sdk.model.GuardRule;
import ai.mihu.sdk.model.GuardRuleInput;
import ai.mihu.sdk.model.Guideline;
import ai.mihu.sdk.model.GuidelineInput;
import ai.mihu.sdk.model.Note;
import ai.mihu.sdk.model.NoteInput;
import ai.mihu.sdk.model.Procedure;
import ai.mihu.sdk.model.ProcedureInput;
import ai.mihu.sdk.model.RoutingRule;
import ai.mihu.sdk.model.RoutingRuleInput;
import ai.mihu.sdk.model.TrainingExample;
import ai.mihu.sdk.model.TrainingExampleInput;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * A section of an agent that is a list of items with a server-assigned {@code uuid}, such as its
 * notes or guard rules: the agent's property, the request and response models of an item, and the
 * defaults the server fills in for what a request leaves out. A create, an add, a replace and a
 * {@code PATCH} of the agent that sends the section all make their items here.
 */
final class ItemSection {

    /** A guideline's {@code order} is its position unless sent. */
    static final ItemSection GUIDELINES = new ItemSection(
            "guidelines", "guideline", GuidelineInput.class, Guideline.class, ItemSection::orderFromPosition);

    /** A note's {@code order} is its position unless sent. */
    static final ItemSection NOTES =
            new ItemSection("notes", "note", NoteInput.class, Note.class, ItemSection::orderFromPosition);

    /** A procedure without steps has an empty list of them. */
    static final ItemSection PROCEDURES = new ItemSection(
            "procedures",
            "procedure",
            ProcedureInput.class,
            Procedure.class,
            (item, position) -> emptyListUnlessSent(item, "steps"));

    /** Training examples (the reference's training rows) have no defaults. */
    static final ItemSection TRAINING = new ItemSection(
            "training", "training example", TrainingExampleInput.class, TrainingExample.class, (item, position) -> {});

    /** A routing rule is active unless sent otherwise, and has an empty list of phrases. */
    static final ItemSection ROUTING_RULES = new ItemSection(
            "routing_rules", "routing rule", RoutingRuleInput.class, RoutingRule.class, (item, position) -> {
                emptyListUnlessSent(item, "phrases");
                defaultUnlessSent(item, "is_active", true);
            });

    /** A guard rule is active and not a default rule unless sent otherwise, with empty lists. */
    static final ItemSection GUARD_RULES =
            new ItemSection("guard_rules", "guard rule", GuardRuleInput.class, GuardRule.class, (item, position) -> {
                emptyListUnlessSent(item, "example_phrases");
                emptyListUnlessSent(item, "selected_channels");
                defaultUnlessSent(item, "is_active", true);
                defaultUnlessSent(item, "is_default", false);
            });

    /** Every section, in the order the agent object lists them. */
    static final List<ItemSection> ALL = List.of(GUIDELINES, NOTES, PROCEDURES, TRAINING, ROUTING_RULES, GUARD_RULES);

    private static final String ID = "uuid";

    private final String property;
    private final String itemName;
    private final Class<?> inputType;
    private final Class<?> itemType;
    private final BiConsumer<ObjectNode, Integer> defaults;

    private ItemSection(
            String property,
            String itemName,
            Class<?> inputType,
            Class<?> itemType,
            BiConsumer<ObjectNode, Integer> defaults) {
        this.property = property;
        this.itemName = itemName;
        this.inputType = inputType;
        this.itemType = itemType;
        this.defaults = defaults;
    }

    /** The agent's property holding the section, such as {@code guard_rules}. */
    String property() {
        return property;
    }

    /** What one item is called in messages, such as {@code guard rule}. */
    String itemName() {
        return itemName;
    }

    /** The response model of one item, such as {@code GuardRule}. */
    Class<?> itemType() {
        return itemType;
    }

    /**
     * The item a request's input makes, at a position of the section: the input's declared
     * properties (undeclared ones are dropped, as the create does), a fresh UUID from {@code uuids} as its id, defaults.
     *
     * @throws IllegalStateException if the input model has a property the item model lacks: the
     *     contract and the models disagree, which the mock reports instead of dropping the value
     */
    ObjectNode newItem(JsonNode input, int position, Supplier<UUID> uuids) {
        ObjectNode item;
        try {
            Object declared = MockMihuJson.MAPPER.treeToValue(input, inputType);
            item = MockMihuJson.MAPPER.valueToTree(MockMihuJson.STRICT_MAPPER.convertValue(declared, itemType));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "The contract accepted a " + inputType.getSimpleName() + " the models cannot turn into a "
                            + itemType.getSimpleName(),
                    e);
        }
        ObjectNode withId =
                MockMihuJson.MAPPER.createObjectNode().put(ID, uuids.get().toString());
        // The input models have no uuid, so the item keeps the fresh one, listed first as the API does.
        withId.setAll(item);
        defaults.accept(withId, position);
        return withId;
    }

    /** The items of a whole new section, each at its position; an absent list makes an empty one. */
    ArrayNode newItems(JsonNode inputs, Supplier<UUID> uuids) {
        ArrayNode items = MockMihuJson.MAPPER.createArrayNode();
        if (inputs != null && inputs.isArray()) {
            for (JsonNode input : inputs) {
                items.add(newItem(input, items.size(), uuids));
            }
        }
        return items;
    }

    /**
     * The section of an agent, created empty when the agent has none yet.
     *
     * @param agent a draft the caller may change
     */
    ArrayNode of(ObjectNode agent) {
        JsonNode section = agent.get(property);
        return section != null && section.isArray() ? (ArrayNode) section : agent.putArray(property);
    }

    /**
     * The position of an item in the agent's section.
     *
     * @throws ApiError 404 if the agent has no item with that uuid
     */
    int indexOf(ObjectNode agent, UUID agentUuid, String itemUuid) {
        return indexOf(of(agent), ID, itemUuid).orElseThrow(() -> ApiError.itemNotFound(itemName, agentUuid, itemUuid));
    }

    /** The position of the item whose {@code idProperty} is {@code id}, compared as UUIDs. */
    static OptionalInt indexOf(ArrayNode items, String idProperty, String id) {
        UUID wanted = Uuids.parse(id).orElse(null);
        for (int i = 0; i < items.size(); i++) {
            UUID actual = Uuids.parse(items.get(i).path(idProperty).asText("")).orElse(null);
            if (wanted != null && wanted.equals(actual)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    private static void orderFromPosition(ObjectNode item, int position) {
        defaultUnlessSent(item, "order", position);
    }

    private static void emptyListUnlessSent(ObjectNode item, String name) {
        if (!item.hasNonNull(name)) {
            item.putArray(name);
        }
    }

    private static void defaultUnlessSent(ObjectNode item, String name, int value) {
        if (!item.hasNonNull(name)) {
            item.put(name, value);
        }
    }

    private static void defaultUnlessSent(ObjectNode item, String name, boolean value) {
        if (!item.hasNonNull(name)) {
            item.put(name, value);
        }
    }

    @Override
    public String toString() {
        return property;
    }
}
