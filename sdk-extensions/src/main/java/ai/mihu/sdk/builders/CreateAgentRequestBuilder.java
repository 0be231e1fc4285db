package ai.mihu.sdk.builders;

import ai.mihu.sdk.errors.InvalidRequestException;
import ai.mihu.sdk.errors.InvalidRequestException.Violation;
import ai.mihu.sdk.model.AgentSpeed;
import ai.mihu.sdk.model.AgentStatus;
import ai.mihu.sdk.model.CreateAgentRequest;
import ai.mihu.sdk.model.GuidelineInput;
import ai.mihu.sdk.model.NoteInput;
import ai.mihu.sdk.validation.RequestValidator;
import java.net.URI;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Builds a {@link CreateAgentRequest}, the body of {@code POST /api/v1/agents}.
 *
 * <pre>{@code
 * CreateAgentRequest request = CreateAgentRequests.builder("Sales Agent")
 *         .companyName("Northwind Outfitters")
 *         .status(AgentStatus.PENDING)
 *         .language(Locale.ENGLISH)
 *         .timezone(ZoneId.of("Europe/Istanbul"))
 *         .settings(s -> s.voice(Map.of("voice_id", "aria")))
 *         .addGuideline("Greet the caller by name when it is known.")
 *         .addProcedure(p -> p.name("Book a demo").addStep(s -> s.order(1).description("Ask for the email address.")))
 *         .addGuardRule(g -> g.name("Human requested").thenAction(GuardRuleAction.FORWARD).addSelectedChannel(Channels.PHONE))
 *         .build();
 * }</pre>
 *
 * <p>Obtained from {@link CreateAgentRequests#builder()}. Nested objects are described with
 * lambdas that receive their own builder; list items are appended with {@code add...} methods.
 *
 * <p><b>Nulls and invalid values.</b> No method of this builder or its nested builders throws
 * on bad input. Passing {@code null} to a setter unsets that property (it is then left out of the
 * JSON). Passing {@code null} to an adder ({@code addGuideline}, {@code addPhrase}, ...) or a
 * {@code null} lambda to a nested-object method is a mistake that {@link #build()} reports, as is
 * every other invalid value, so that one {@link InvalidRequestException} lists all problems with
 * their JSON paths.
 *
 * <p><b>Copies.</b> Collections and maps passed in are copied, and {@link #build()} returns a
 * fresh model each time: changing what was passed in, the builder, or an earlier result after
 * the fact changes nothing else. Builders are not thread-safe; the models they build are plain
 * mutable objects owned by the caller.
 */
public final class CreateAgentRequestBuilder {

    private static final Comparator<Violation> BY_PATH =
            Comparator.comparing(Violation::path).thenComparing(Violation::message);
    /** Zone ids that are offsets in disguise: ZoneId.of accepts them, IANA does not name them. */
    private static final Pattern OFFSET_ZONE = Pattern.compile("^(GMT|UTC|UT)[+-].*");

    private String name;
    private String description;
    private String companyName;
    private String role;
    private String objective;
    private String tone;
    private String behaviorGuidelines;
    private String companyService;
    private String topic;
    private String lengthDetail;
    private String interestOfProduct;
    private String negativeResponse;
    private AgentStatus status;
    private String customPrompt;
    private String language;
    private AgentSpeed speed;
    private String timezone;
    private Boolean appointmentSchedulingEnabled;
    private Boolean appointmentSchedulingRandomly;
    private String customLlmUrl;
    private AgentSettingsBuilder settings;
    private AppointmentsBuilder appointments;
    // Null entries stand for a null lambda; validation reports them under their index.
    private final List<GuidelineBuilder> guidelines = new ArrayList<>();
    private final List<NoteBuilder> notes = new ArrayList<>();
    private final List<ProcedureBuilder> procedures = new ArrayList<>();
    private final List<TrainingExampleBuilder> training = new ArrayList<>();
    private final List<RoutingRuleBuilder> routingRules = new ArrayList<>();
    private final List<GuardRuleBuilder> guardRules = new ArrayList<>();
    /** Problems the typed setters found, by JSON path; a later call to the same setter replaces them. */
    private final Map<String, String> setterProblems = new LinkedHashMap<>();

    CreateAgentRequestBuilder() {
    }

    /**
     * Sets the display name of the agent. Required: a missing or blank name fails {@link #build()}.
     *
     * @param name the name, such as {@code "Sales Agent"}
     * @return this builder
     */
    public CreateAgentRequestBuilder name(String name) {
        this.name = name;
        return this;
    }

    /**
     * Sets what the agent is for, in a sentence or two.
     *
     * @param description the description; {@code null} unsets it
     * @return this builder
     */
    public CreateAgentRequestBuilder description(String description) {
        this.description = description;
        return this;
    }

    /**
     * Sets the name of the company the agent speaks for.
     *
     * @param companyName the company, such as {@code "Northwind Outfitters"}; {@code null} unsets it
     * @return this builder
     */
    public CreateAgentRequestBuilder companyName(String companyName) {
        this.companyName = companyName;
        return this;
    }

    /**
     * Sets the role the agent plays.
     *
     * @param role the role, such as {@code "Senior sales representative"}; {@code null} unsets it
     * @return this builder
     */
    public CreateAgentRequestBuilder role(String role) {
        this.role = role;
        return this;
    }

    /**
     * Sets what the agent tries to achieve in each conversation.
     *
     * @param objective the objective; {@code null} unsets it
     * @return this builder
     */
    public CreateAgentRequestBuilder objective(String objective) {
        this.objective = objective;
        return this;
    }

    /**
     * Sets the tone of voice the agent uses.
     *
     * @param tone the tone, such as {@code "Friendly and concise"}; {@code null} unsets it
     * @return this builder
     */
    public CreateAgentRequestBuilder tone(String tone) {
        this.tone = tone;
        return this;
    }

    /**
     * Sets free-text rules for how the agent behaves.
     *
     * @param behaviorGuidelines the rules; {@code null} unsets them
     * @return this builder
     */
    public CreateAgentRequestBuilder behaviorGuidelines(String behaviorGuidelines) {
        this.behaviorGuidelines = behaviorGuidelines;
        return this;
    }

    /**
     * Sets the products or services the company offers.
     *
     * @param companyService the products or services; {@code null} unsets them
     * @return this builder
     */
    public CreateAgentRequestBuilder companyService(String companyService) {
        this.companyService = companyService;
        return this;
    }

    /**
     * Sets the subject the agent talks about.
     *
     * @param topic the subject; {@code null} unsets it
     * @return this builder
     */
    public CreateAgentRequestBuilder topic(String topic) {
        this.topic = topic;
        return this;
    }

    /**
     * Sets how long or detailed the agent's answers should be.
     *
     * @param lengthDetail the guidance, such as {@code "Short answers, two sentences at most"};
     *     {@code null} unsets it
     * @return this builder
     */
    public CreateAgentRequestBuilder lengthDetail(String lengthDetail) {
        this.lengthDetail = lengthDetail;
        return this;
    }

    /**
     * Sets the products the callers are expected to be interested in.
     *
     * @param interestOfProduct the products; {@code null} unsets them
     * @return this builder
     */
    public CreateAgentRequestBuilder interestOfProduct(String interestOfProduct) {
        this.interestOfProduct = interestOfProduct;
        return this;
    }

    /**
     * Sets how the agent answers when the caller is not interested.
     *
     * @param negativeResponse the answer; {@code null} unsets it
     * @return this builder
     */
    public CreateAgentRequestBuilder negativeResponse(String negativeResponse) {
        this.negativeResponse = negativeResponse;
        return this;
    }

    /**
     * Sets the lifecycle status of the agent.
     *
     * @param status the status; {@code null} unsets it, and
     *     {@link AgentStatus#UNKNOWN_DEFAULT_OPEN_API} fails {@link #build()}
     * @return this builder
     */
    public CreateAgentRequestBuilder status(AgentStatus status) {
        this.status = status;
        return this;
    }

    /**
     * Sets extra instructions added to the agent's prompt.
     *
     * @param customPrompt the instructions; {@code null} unsets them
     * @return this builder
     */
    public CreateAgentRequestBuilder customPrompt(String customPrompt) {
        this.customPrompt = customPrompt;
        return this;
    }

    /**
     * Sets the language of the agent from a raw language tag, sent exactly as given.
     *
     * @param language a tag such as {@code "en"} or {@code "pt-BR"}; {@code null} unsets it
     * @return this builder
     * @see #language(Locale)
     */
    public CreateAgentRequestBuilder language(String language) {
        setterProblems.remove(CreateAgentRequest.JSON_PROPERTY_LANGUAGE);
        this.language = language;
        return this;
    }

    /**
     * Sets the language of the agent as the locale's BCP 47 tag ({@link Locale#toLanguageTag()}):
     * {@code Locale.ENGLISH} is sent as {@code en}, {@code Locale.forLanguageTag("pt-BR")} as
     * {@code pt-BR}. A locale without a language, such as {@link Locale#ROOT}, would be sent as
     * the undetermined tag {@code und} and fails {@link #build()} instead.
     *
     * @param language the locale; {@code null} unsets the language
     * @return this builder
     */
    public CreateAgentRequestBuilder language(Locale language) {
        setterProblems.remove(CreateAgentRequest.JSON_PROPERTY_LANGUAGE);
        if (language != null && language.getLanguage().isEmpty()) {
            setterProblems.put(CreateAgentRequest.JSON_PROPERTY_LANGUAGE, "the Locale has no language and would be"
                    + " sent as the undetermined tag \"" + language.toLanguageTag()
                    + "\"; use a Locale with a language, such as Locale.ENGLISH");
            this.language = null;
            return this;
        }
        this.language = language == null ? null : language.toLanguageTag();
        return this;
    }

    /**
     * Sets the speaking speed of the agent.
     *
     * @param speed the speed; {@code null} unsets it, and
     *     {@link AgentSpeed#UNKNOWN_DEFAULT_OPEN_API} fails {@link #build()}
     * @return this builder
     */
    public CreateAgentRequestBuilder speed(AgentSpeed speed) {
        this.speed = speed;
        return this;
    }

    /**
     * Sets the IANA time zone of the agent from a raw name, sent exactly as given. Useful for a
     * zone newer than the JVM's time-zone data; otherwise prefer {@link #timezone(ZoneId)}.
     *
     * @param timezone an IANA name such as {@code "Europe/Istanbul"}; {@code null} unsets it
     * @return this builder
     */
    public CreateAgentRequestBuilder timezone(String timezone) {
        setterProblems.remove(CreateAgentRequest.JSON_PROPERTY_TIMEZONE);
        this.timezone = timezone;
        return this;
    }

    /**
     * Sets the time zone of the agent, used for appointments, as the zone's IANA name
     * ({@link ZoneId#getId()}). A fixed offset such as {@code ZoneOffset.ofHours(3)} or
     * {@code ZoneId.of("GMT+3")} is not an IANA time zone and fails {@link #build()}; use a
     * region such as {@code ZoneId.of("Europe/Istanbul")} or {@code ZoneId.of("UTC")}.
     *
     * @param timezone the zone; {@code null} unsets it
     * @return this builder
     */
    public CreateAgentRequestBuilder timezone(ZoneId timezone) {
        setterProblems.remove(CreateAgentRequest.JSON_PROPERTY_TIMEZONE);
        if (timezone instanceof ZoneOffset || (timezone != null && OFFSET_ZONE.matcher(timezone.getId()).matches())) {
            setterProblems.put(CreateAgentRequest.JSON_PROPERTY_TIMEZONE, "\"" + timezone.getId()
                    + "\" is a fixed offset, not an IANA time zone; use a region such as Europe/Istanbul or UTC");
            this.timezone = null;
            return this;
        }
        this.timezone = timezone == null ? null : timezone.getId();
        return this;
    }

    /**
     * Sets whether the agent may schedule appointments.
     *
     * @param appointmentSchedulingEnabled {@code true} to let the agent schedule appointments
     * @return this builder
     */
    public CreateAgentRequestBuilder appointmentSchedulingEnabled(boolean appointmentSchedulingEnabled) {
        this.appointmentSchedulingEnabled = appointmentSchedulingEnabled;
        return this;
    }

    /**
     * Sets whether appointments are assigned to schedules at random.
     *
     * @param appointmentSchedulingRandomly {@code true} to assign appointments at random
     * @return this builder
     */
    public CreateAgentRequestBuilder appointmentSchedulingRandomly(boolean appointmentSchedulingRandomly) {
        this.appointmentSchedulingRandomly = appointmentSchedulingRandomly;
        return this;
    }

    /**
     * Sets the URL of a custom language model endpoint, sent exactly as given.
     *
     * @param customLlmUrl the URL, such as {@code "https://llm.example.com/v1/chat"}; {@code null} unsets it
     * @return this builder
     * @see #customLlmUrl(URI)
     */
    public CreateAgentRequestBuilder customLlmUrl(String customLlmUrl) {
        setterProblems.remove(CreateAgentRequest.JSON_PROPERTY_CUSTOM_LLM_URL);
        this.customLlmUrl = customLlmUrl;
        return this;
    }

    /**
     * Sets the URL of a custom language model endpoint. A relative URI fails {@link #build()}.
     *
     * @param customLlmUrl an absolute URI; {@code null} unsets it
     * @return this builder
     */
    public CreateAgentRequestBuilder customLlmUrl(URI customLlmUrl) {
        setterProblems.remove(CreateAgentRequest.JSON_PROPERTY_CUSTOM_LLM_URL);
        if (customLlmUrl != null && !customLlmUrl.isAbsolute()) {
            setterProblems.put(CreateAgentRequest.JSON_PROPERTY_CUSTOM_LLM_URL,
                    "\"" + customLlmUrl + "\" is not an absolute URL");
            this.customLlmUrl = null;
            return this;
        }
        this.customLlmUrl = customLlmUrl == null ? null : customLlmUrl.toString();
        return this;
    }

    /**
     * Describes the settings of the agent's channels. Calling it again goes on customizing the
     * same settings.
     *
     * @param settings customizes the settings, such as {@code s -> s.voice(Map.of("voice_id", "aria"))};
     *     {@code null} fails {@link #build()} at {@code settings}
     * @return this builder
     */
    public CreateAgentRequestBuilder settings(Consumer<AgentSettingsBuilder> settings) {
        if (settings == null) {
            setterProblems.put(CreateAgentRequest.JSON_PROPERTY_SETTINGS, "settings(...) was given a null lambda");
            return this;
        }
        if (this.settings == null) {
            this.settings = new AgentSettingsBuilder();
        }
        settings.accept(this.settings);
        return this;
    }

    /**
     * Describes how the agent schedules appointments. Calling it again goes on customizing the
     * same configuration.
     *
     * @param appointments customizes the configuration, such as
     *     {@code a -> a.enabled(true).addScheduleAssignment(s -> s.scheduleUuid(id))};
     *     {@code null} fails {@link #build()} at {@code appointments}
     * @return this builder
     */
    public CreateAgentRequestBuilder appointments(Consumer<AppointmentsBuilder> appointments) {
        if (appointments == null) {
            setterProblems.put(CreateAgentRequest.JSON_PROPERTY_APPOINTMENTS, "appointments(...) was given a null lambda");
            return this;
        }
        if (this.appointments == null) {
            this.appointments = new AppointmentsBuilder();
        }
        appointments.accept(this.appointments);
        return this;
    }

    /**
     * Appends a guideline with the given text. Its order is its position in the list of
     * guidelines, starting at 0.
     *
     * @param content the text, such as {@code "Be brief"}; {@code null} or empty fails
     *     {@link #build()} at {@code guidelines[i].content}
     * @return this builder
     */
    public CreateAgentRequestBuilder addGuideline(String content) {
        return addGuideline(g -> g.content(content));
    }

    /**
     * Appends a guideline described by {@code guideline}. When the lambda sets no order, the
     * guideline's order is its position in the list of guidelines, starting at 0.
     *
     * @param guideline customizes the new guideline, such as {@code g -> g.content("Be brief").order(5)};
     *     {@code null} fails {@link #build()} at {@code guidelines[i]}
     * @return this builder
     */
    public CreateAgentRequestBuilder addGuideline(Consumer<GuidelineBuilder> guideline) {
        guidelines.add(Customizers.apply(guideline, new GuidelineBuilder()));
        return this;
    }

    /**
     * Appends a note with the given text. Its order is its position in the list of notes,
     * starting at 0.
     *
     * @param content the text; {@code null} or empty fails {@link #build()} at {@code notes[i].content}
     * @return this builder
     */
    public CreateAgentRequestBuilder addNote(String content) {
        return addNote(n -> n.content(content));
    }

    /**
     * Appends a note described by {@code note}. When the lambda sets no order, the note's order
     * is its position in the list of notes, starting at 0.
     *
     * @param note customizes the new note; {@code null} fails {@link #build()} at {@code notes[i]}
     * @return this builder
     */
    public CreateAgentRequestBuilder addNote(Consumer<NoteBuilder> note) {
        notes.add(Customizers.apply(note, new NoteBuilder()));
        return this;
    }

    /**
     * Appends a procedure described by {@code procedure}.
     *
     * @param procedure customizes the new procedure, such as
     *     {@code p -> p.name("Book a demo").addStep(s -> s.order(1).description("Ask for the email."))};
     *     {@code null} fails {@link #build()} at {@code procedures[i]}
     * @return this builder
     */
    public CreateAgentRequestBuilder addProcedure(Consumer<ProcedureBuilder> procedure) {
        procedures.add(Customizers.apply(procedure, new ProcedureBuilder()));
        return this;
    }

    /**
     * Appends a training example, sent in the request's {@code training} list.
     *
     * @param example customizes the new example, such as
     *     {@code t -> t.content("Do you rent tents?").intent("rental_question").response("Yes.")};
     *     {@code null} fails {@link #build()} at {@code training[i]}
     * @return this builder
     */
    public CreateAgentRequestBuilder addTrainingExample(Consumer<TrainingExampleBuilder> example) {
        training.add(Customizers.apply(example, new TrainingExampleBuilder()));
        return this;
    }

    /**
     * Appends a routing rule described by {@code rule}.
     *
     * @param rule customizes the new rule; {@code null} fails {@link #build()} at {@code routing_rules[i]}
     * @return this builder
     */
    public CreateAgentRequestBuilder addRoutingRule(Consumer<RoutingRuleBuilder> rule) {
        routingRules.add(Customizers.apply(rule, new RoutingRuleBuilder()));
        return this;
    }

    /**
     * Appends a guard rule described by {@code rule}.
     *
     * @param rule customizes the new rule; {@code null} fails {@link #build()} at {@code guard_rules[i]}
     * @return this builder
     */
    public CreateAgentRequestBuilder addGuardRule(Consumer<GuardRuleBuilder> rule) {
        guardRules.add(Customizers.apply(rule, new GuardRuleBuilder()));
        return this;
    }

    /**
     * Validates the request and returns it as a fresh generated model, ready for the client.
     *
     * <p>Runs the same checks as the client does before sending
     * ({@link RequestValidator}: required fields, lengths, minimums, null list items, unknown enum
     * constants) plus the builder's own (typed setters, null lambdas, null keys in free-form
     * objects), and reports all of them at once.
     *
     * @return a new {@link CreateAgentRequest} that shares no mutable state with this builder
     * @throws InvalidRequestException listing every problem with its JSON path, such as
     *     {@code name} or {@code guard_rules[0].then_action}, when the request is not valid
     */
    public CreateAgentRequest build() {
        CreateAgentRequest request = toModel();
        List<Violation> violations = new ArrayList<>(RequestValidator.validate(request));
        collectProblems(violations);
        if (!violations.isEmpty()) {
            violations.sort(BY_PATH);
            throw new InvalidRequestException(violations);
        }
        return request;
    }

    /** A fresh model with copies of this builder's values, not validated. */
    CreateAgentRequest toModel() {
        return new CreateAgentRequest()
                .name(name)
                .description(description)
                .companyName(companyName)
                .role(role)
                .objective(objective)
                .tone(tone)
                .behaviorGuidelines(behaviorGuidelines)
                .companyService(companyService)
                .topic(topic)
                .lengthDetail(lengthDetail)
                .interestOfProduct(interestOfProduct)
                .negativeResponse(negativeResponse)
                .status(status)
                .customPrompt(customPrompt)
                .language(language)
                .speed(speed)
                .timezone(timezone)
                .appointmentSchedulingEnabled(appointmentSchedulingEnabled)
                .appointmentSchedulingRandomly(appointmentSchedulingRandomly)
                .customLlmUrl(customLlmUrl)
                .settings(settings == null ? null : settings.toModel())
                .guidelines(guidelineModels())
                .notes(noteModels())
                .procedures(procedures.isEmpty() ? null : Customizers.toModels(procedures, ProcedureBuilder::toModel))
                .training(training.isEmpty() ? null : Customizers.toModels(training, TrainingExampleBuilder::toModel))
                .appointments(appointments == null ? null : appointments.toModel())
                .routingRules(routingRules.isEmpty() ? null : Customizers.toModels(routingRules, RoutingRuleBuilder::toModel))
                .guardRules(guardRules.isEmpty() ? null : Customizers.toModels(guardRules, GuardRuleBuilder::toModel));
    }

    private List<GuidelineInput> guidelineModels() {
        if (guidelines.isEmpty()) {
            return null;
        }
        List<GuidelineInput> models = Customizers.toModels(guidelines, GuidelineBuilder::toModel);
        for (int i = 0; i < models.size(); i++) {
            GuidelineInput model = models.get(i);
            if (model != null && model.getOrder() == null) {
                model.setOrder(i);
            }
        }
        return models;
    }

    private List<NoteInput> noteModels() {
        if (notes.isEmpty()) {
            return null;
        }
        List<NoteInput> models = Customizers.toModels(notes, NoteBuilder::toModel);
        for (int i = 0; i < models.size(); i++) {
            NoteInput model = models.get(i);
            if (model != null && model.getOrder() == null) {
                model.setOrder(i);
            }
        }
        return models;
    }

    /** Adds the problems that {@link RequestValidator} cannot see, because the model no longer shows them. */
    private void collectProblems(List<Violation> problems) {
        setterProblems.forEach((path, message) -> problems.add(new Violation(path, message)));
        if (settings != null) {
            settings.collectProblems(CreateAgentRequest.JSON_PROPERTY_SETTINGS, problems);
        }
        if (appointments != null) {
            appointments.collectProblems(CreateAgentRequest.JSON_PROPERTY_APPOINTMENTS, problems);
        }
    }
}
