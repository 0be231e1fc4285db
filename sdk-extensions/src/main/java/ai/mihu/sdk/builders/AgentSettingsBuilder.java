package ai.mihu.sdk.builders;

import ai.mihu.sdk.errors.InvalidRequestException.Violation;
import ai.mihu.sdk.model.AgentSettingsInput;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link AgentSettingsInput} of a new agent: the settings of its voice and text
 * channels.
 *
 * <pre>{@code
 * .settings(s -> s.voice(Map.of("voice_id", "aria")).text(Map.of("max_reply_chars", 400)))
 * }</pre>
 *
 * <p>The API leaves the fields of each channel open, so they are free-form JSON objects: values
 * may be strings, numbers, booleans, {@code null}, maps and lists. The maps are copied deeply
 * when set, so changing them afterwards does not change the request. Reached through
 * {@link CreateAgentRequestBuilder#settings(java.util.function.Consumer)}. Not thread-safe.
 */
public final class AgentSettingsBuilder {

    private Map<String, Object> voice;
    private Map<String, Object> text;

    AgentSettingsBuilder() {
    }

    /**
     * Sets the settings of the voice channel, replacing any set before.
     *
     * @param voice the settings, such as {@code Map.of("voice_id", "aria")}; {@code null} unsets them
     * @return this builder
     */
    public AgentSettingsBuilder voice(Map<String, ?> voice) {
        this.voice = JsonObjects.copy(voice);
        return this;
    }

    /**
     * Sets the settings of the text channel, replacing any set before.
     *
     * @param text the settings, such as {@code Map.of("max_reply_chars", 400)}; {@code null} unsets them
     * @return this builder
     */
    public AgentSettingsBuilder text(Map<String, ?> text) {
        this.text = JsonObjects.copy(text);
        return this;
    }

    /** A fresh model with deep copies of this builder's values, not validated. */
    AgentSettingsInput toModel() {
        return new AgentSettingsInput().voice(JsonObjects.copy(voice)).text(JsonObjects.copy(text));
    }

    /** Reports what the validator cannot see: null keys in the free-form objects. */
    void collectProblems(String path, List<Violation> problems) {
        JsonObjects.reportNullKeys(voice, PropertyPath.child(path, AgentSettingsInput.JSON_PROPERTY_VOICE), problems);
        JsonObjects.reportNullKeys(text, PropertyPath.child(path, AgentSettingsInput.JSON_PROPERTY_TEXT), problems);
    }
}
