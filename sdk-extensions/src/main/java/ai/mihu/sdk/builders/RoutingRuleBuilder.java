package ai.mihu.sdk.builders;

import ai.mihu.sdk.model.RoutingDetectionMode;
import ai.mihu.sdk.model.RoutingRuleInput;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Builds one {@link RoutingRuleInput}: a rule that routes a conversation to a department or
 * destination.
 *
 * <pre>{@code
 * .addRoutingRule(r -> r.detectionMode(RoutingDetectionMode.EXACT)
 *         .triggerKeyword("billing")
 *         .departmentName("Billing")
 *         .addPhrase("I have a question about my invoice")
 *         .destinationType(DestinationTypes.EXTENSION)
 *         .destination("204")
 *         .priority(1)
 *         .isActive(true))
 * }</pre>
 *
 * <p>Reached through {@link CreateAgentRequestBuilder#addRoutingRule(java.util.function.Consumer)}.
 * Not thread-safe.
 */
public final class RoutingRuleBuilder {

    private RoutingDetectionMode detectionMode;
    private String triggerKeyword;
    private String departmentName;
    private List<String> phrases;
    private String aiPrompt;
    private String voiceResponse;
    private String voiceOnError;
    private String voiceOnSuccess;
    private String destinationType;
    private String destination;
    private UUID destinationAgentUuid;
    private Integer priority;
    private Boolean isActive;

    RoutingRuleBuilder() {
    }

    /**
     * Sets how the rule detects that it applies.
     *
     * @param detectionMode the mode; {@code null} unsets it, and
     *     {@link RoutingDetectionMode#UNKNOWN_DEFAULT_OPEN_API} fails {@link CreateAgentRequestBuilder#build()}
     * @return this builder
     */
    public RoutingRuleBuilder detectionMode(RoutingDetectionMode detectionMode) {
        this.detectionMode = detectionMode;
        return this;
    }

    /**
     * Sets the keyword that triggers the rule.
     *
     * @param triggerKeyword the keyword, such as {@code "billing"}; {@code null} unsets it
     * @return this builder
     */
    public RoutingRuleBuilder triggerKeyword(String triggerKeyword) {
        this.triggerKeyword = triggerKeyword;
        return this;
    }

    /**
     * Sets the name of the department the rule routes to.
     *
     * @param departmentName the department, such as {@code "Billing"}; {@code null} unsets it
     * @return this builder
     */
    public RoutingRuleBuilder departmentName(String departmentName) {
        this.departmentName = departmentName;
        return this;
    }

    /**
     * Appends a phrase that triggers the rule.
     *
     * @param phrase the phrase; {@code null} makes {@link CreateAgentRequestBuilder#build()} fail
     *     at {@code routing_rules[i].phrases[j]}
     * @return this builder
     */
    public RoutingRuleBuilder addPhrase(String phrase) {
        this.phrases = StringLists.append(phrases, phrase);
        return this;
    }

    /**
     * Replaces the phrases that trigger the rule with a copy of {@code phrases}.
     *
     * @param phrases the phrases; {@code null} unsets them
     * @return this builder
     */
    public RoutingRuleBuilder phrases(Collection<String> phrases) {
        this.phrases = StringLists.copy(phrases);
        return this;
    }

    /**
     * Sets the instructions that tell the model when the rule applies.
     *
     * @param aiPrompt the instructions; {@code null} unsets them
     * @return this builder
     */
    public RoutingRuleBuilder aiPrompt(String aiPrompt) {
        this.aiPrompt = aiPrompt;
        return this;
    }

    /**
     * Sets what the agent says when the rule triggers.
     *
     * @param voiceResponse the words; {@code null} unsets them
     * @return this builder
     */
    public RoutingRuleBuilder voiceResponse(String voiceResponse) {
        this.voiceResponse = voiceResponse;
        return this;
    }

    /**
     * Sets what the agent says when routing fails.
     *
     * @param voiceOnError the words; {@code null} unsets them
     * @return this builder
     */
    public RoutingRuleBuilder voiceOnError(String voiceOnError) {
        this.voiceOnError = voiceOnError;
        return this;
    }

    /**
     * Sets what the agent says when routing succeeds.
     *
     * @param voiceOnSuccess the words; {@code null} unsets them
     * @return this builder
     */
    public RoutingRuleBuilder voiceOnSuccess(String voiceOnSuccess) {
        this.voiceOnSuccess = voiceOnSuccess;
        return this;
    }

    /**
     * Sets the kind of destination. An open vocabulary: use {@link ai.mihu.sdk.enums.DestinationTypes}
     * for the known values; others are sent as given.
     *
     * @param destinationType the kind, such as {@link ai.mihu.sdk.enums.DestinationTypes#EXTENSION};
     *     {@code null} unsets it
     * @return this builder
     */
    public RoutingRuleBuilder destinationType(String destinationType) {
        this.destinationType = destinationType;
        return this;
    }

    /**
     * Sets the destination, such as an extension number.
     *
     * @param destination the destination, such as {@code "204"}; {@code null} unsets it
     * @return this builder
     */
    public RoutingRuleBuilder destination(String destination) {
        this.destination = destination;
        return this;
    }

    /**
     * Sets the agent the conversation is handed to, when the destination is an agent.
     *
     * @param destinationAgentUuid identifier of the agent; {@code null} unsets it
     * @return this builder
     */
    public RoutingRuleBuilder destinationAgentUuid(UUID destinationAgentUuid) {
        this.destinationAgentUuid = destinationAgentUuid;
        return this;
    }

    /**
     * Sets the priority of the rule among the agent's routing rules.
     *
     * @param priority the priority
     * @return this builder
     */
    public RoutingRuleBuilder priority(int priority) {
        this.priority = priority;
        return this;
    }

    /**
     * Sets whether the rule is in effect.
     *
     * @param isActive {@code true} when the rule is in effect
     * @return this builder
     */
    public RoutingRuleBuilder isActive(boolean isActive) {
        this.isActive = isActive;
        return this;
    }

    /** A fresh model with copies of this builder's values, not validated. */
    RoutingRuleInput toModel() {
        return new RoutingRuleInput()
                .detectionMode(detectionMode)
                .triggerKeyword(triggerKeyword)
                .departmentName(departmentName)
                .phrases(StringLists.copy(phrases))
                .aiPrompt(aiPrompt)
                .voiceResponse(voiceResponse)
                .voiceOnError(voiceOnError)
                .voiceOnSuccess(voiceOnSuccess)
                .destinationType(destinationType)
                .destination(destination)
                .destinationAgentUuid(destinationAgentUuid)
                .priority(priority)
                .isActive(isActive);
    }
}
