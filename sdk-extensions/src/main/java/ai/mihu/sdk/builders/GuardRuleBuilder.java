package ai.mihu.sdk.builders;

import ai.mihu.sdk.model.GuardRuleAction;
import ai.mihu.sdk.model.GuardRuleInput;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Builds one {@link GuardRuleInput}: a rule that forwards or ends a conversation when a
 * condition is met.
 *
 * <pre>{@code
 * .addGuardRule(g -> g.name("Human requested")
 *         .whenCondition("The caller asks to speak with a person.")
 *         .addExamplePhrase("Can I talk to a human?")
 *         .thenAction(GuardRuleAction.FORWARD)
 *         .addSelectedChannel(Channels.PHONE)
 *         .destinationType(DestinationTypes.EXTENSION)
 *         .destination("100"))
 * }</pre>
 *
 * <p>Reached through {@link CreateAgentRequestBuilder#addGuardRule(java.util.function.Consumer)}.
 * Not thread-safe.
 */
public final class GuardRuleBuilder {

    private String name;
    private String whenCondition;
    private List<String> examplePhrases;
    private GuardRuleAction thenAction;
    private List<String> selectedChannels;
    private String sayBeforeForwarding;
    private String sayBeforeEnd;
    private String destinationType;
    private String destination;
    private UUID destinationAgentUuid;
    private Boolean isActive;
    private Boolean isDefault;

    GuardRuleBuilder() {
    }

    /**
     * Sets the name of the rule.
     *
     * @param name the name, such as {@code "Human requested"}; {@code null} unsets it
     * @return this builder
     */
    public GuardRuleBuilder name(String name) {
        this.name = name;
        return this;
    }

    /**
     * Sets the condition, in plain words.
     *
     * @param whenCondition the condition; {@code null} unsets it
     * @return this builder
     */
    public GuardRuleBuilder whenCondition(String whenCondition) {
        this.whenCondition = whenCondition;
        return this;
    }

    /**
     * Appends a phrase that meets the condition.
     *
     * @param examplePhrase the phrase; {@code null} makes {@link CreateAgentRequestBuilder#build()}
     *     fail at {@code guard_rules[i].example_phrases[j]}
     * @return this builder
     */
    public GuardRuleBuilder addExamplePhrase(String examplePhrase) {
        this.examplePhrases = StringLists.append(examplePhrases, examplePhrase);
        return this;
    }

    /**
     * Replaces the phrases that meet the condition with a copy of {@code examplePhrases}.
     *
     * @param examplePhrases the phrases; {@code null} unsets them
     * @return this builder
     */
    public GuardRuleBuilder examplePhrases(Collection<String> examplePhrases) {
        this.examplePhrases = StringLists.copy(examplePhrases);
        return this;
    }

    /**
     * Sets what the rule does when its condition is met.
     *
     * @param thenAction the action; {@code null} unsets it, and
     *     {@link GuardRuleAction#UNKNOWN_DEFAULT_OPEN_API} fails {@link CreateAgentRequestBuilder#build()}
     *     at {@code guard_rules[i].then_action}
     * @return this builder
     */
    public GuardRuleBuilder thenAction(GuardRuleAction thenAction) {
        this.thenAction = thenAction;
        return this;
    }

    /**
     * Appends a channel the rule applies to. An open vocabulary: use
     * {@link ai.mihu.sdk.enums.Channels} for the known values; others are sent as given.
     *
     * @param channel the channel, such as {@link ai.mihu.sdk.enums.Channels#PHONE}; {@code null}
     *     makes {@link CreateAgentRequestBuilder#build()} fail at {@code guard_rules[i].selected_channels[j]}
     * @return this builder
     */
    public GuardRuleBuilder addSelectedChannel(String channel) {
        this.selectedChannels = StringLists.append(selectedChannels, channel);
        return this;
    }

    /**
     * Replaces the channels the rule applies to with a copy of {@code selectedChannels}.
     *
     * @param selectedChannels the channels, such as {@code List.of(Channels.PHONE, Channels.WHATSAPP)};
     *     {@code null} unsets them
     * @return this builder
     */
    public GuardRuleBuilder selectedChannels(Collection<String> selectedChannels) {
        this.selectedChannels = StringLists.copy(selectedChannels);
        return this;
    }

    /**
     * Sets what the agent says before forwarding.
     *
     * @param sayBeforeForwarding the words; {@code null} unsets them
     * @return this builder
     */
    public GuardRuleBuilder sayBeforeForwarding(String sayBeforeForwarding) {
        this.sayBeforeForwarding = sayBeforeForwarding;
        return this;
    }

    /**
     * Sets what the agent says before ending the conversation.
     *
     * @param sayBeforeEnd the words; {@code null} unsets them
     * @return this builder
     */
    public GuardRuleBuilder sayBeforeEnd(String sayBeforeEnd) {
        this.sayBeforeEnd = sayBeforeEnd;
        return this;
    }

    /**
     * Sets the kind of destination when forwarding. An open vocabulary: use
     * {@link ai.mihu.sdk.enums.DestinationTypes} for the known values; others are sent as given.
     *
     * @param destinationType the kind, such as {@link ai.mihu.sdk.enums.DestinationTypes#EXTENSION};
     *     {@code null} unsets it
     * @return this builder
     */
    public GuardRuleBuilder destinationType(String destinationType) {
        this.destinationType = destinationType;
        return this;
    }

    /**
     * Sets the destination when forwarding, such as an extension number.
     *
     * @param destination the destination, such as {@code "100"}; {@code null} unsets it
     * @return this builder
     */
    public GuardRuleBuilder destination(String destination) {
        this.destination = destination;
        return this;
    }

    /**
     * Sets the agent the conversation is forwarded to, when the destination is an agent.
     *
     * @param destinationAgentUuid identifier of the agent; {@code null} unsets it
     * @return this builder
     */
    public GuardRuleBuilder destinationAgentUuid(UUID destinationAgentUuid) {
        this.destinationAgentUuid = destinationAgentUuid;
        return this;
    }

    /**
     * Sets whether the rule is in effect.
     *
     * @param isActive {@code true} when the rule is in effect
     * @return this builder
     */
    public GuardRuleBuilder isActive(boolean isActive) {
        this.isActive = isActive;
        return this;
    }

    /**
     * Sets whether the rule is one of the platform's default rules.
     *
     * @param isDefault {@code true} for a default rule
     * @return this builder
     */
    public GuardRuleBuilder isDefault(boolean isDefault) {
        this.isDefault = isDefault;
        return this;
    }

    /** A fresh model with copies of this builder's values, not validated. */
    GuardRuleInput toModel() {
        return new GuardRuleInput()
                .name(name)
                .whenCondition(whenCondition)
                .examplePhrases(StringLists.copy(examplePhrases))
                .thenAction(thenAction)
                .selectedChannels(StringLists.copy(selectedChannels))
                .sayBeforeForwarding(sayBeforeForwarding)
                .sayBeforeEnd(sayBeforeEnd)
                .destinationType(destinationType)
                .destination(destination)
                .destinationAgentUuid(destinationAgentUuid)
                .isActive(isActive)
                .isDefault(isDefault);
    }
}
