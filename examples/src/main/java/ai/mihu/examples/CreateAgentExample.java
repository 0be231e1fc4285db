package ai.mihu.examples;

import ai.mihu.sdk.MihuClient;
import ai.mihu.sdk.builders.CreateAgentRequests;
import ai.mihu.sdk.enums.KnownValues.Channels;
import ai.mihu.sdk.enums.KnownValues.DestinationTypes;
import ai.mihu.sdk.enums.KnownValues.SchedulePriorities;
import ai.mihu.sdk.errors.AuthenticationException;
import ai.mihu.sdk.errors.InvalidRequestException;
import ai.mihu.sdk.errors.MihuApiException;
import ai.mihu.sdk.errors.MihuConnectionException;
import ai.mihu.sdk.errors.RateLimitException;
import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.AgentSpeed;
import ai.mihu.sdk.model.CreateAgentRequest;
import ai.mihu.sdk.model.GuardRuleAction;
import ai.mihu.sdk.model.RoutingDetectionMode;
import ai.mihu.sdk.testing.MockMihuServer;
import java.io.PrintStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The quickstart: creates a realistic sales agent, prints a short summary of it, then changes it
 * step by step ({@link ManageAgentExample}) and prints what each step changed.
 *
 * <p>With {@code MIHU_API_TOKEN} and {@code MIHU_SUBDOMAIN} (or {@code MIHU_BASE_URL}) set it talks
 * to that Mihu API, and says so before it creates anything there. Otherwise it starts the embedded {@link MockMihuServer} and says so, so it runs
 * on a fresh clone without a token.
 */
public final class CreateAgentExample {

    private CreateAgentExample() {}

    /**
     * Runs the quickstart with the process environment, printing to standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.getenv(), System.out);
    }

    /**
     * Runs the quickstart.
     *
     * @param env the environment to read {@code MIHU_*} variables from
     * @param out where to print the summary
     * @return the agent after the last change
     */
    public static Agent run(Map<String, String> env, PrintStream out) {
        MockMihuServer mock = null;
        MihuClient client;
        if (hasText(env.get("MIHU_API_TOKEN"))
                && (hasText(env.get("MIHU_SUBDOMAIN")) || hasText(env.get("MIHU_BASE_URL")))) {
            client = clientFromEnvironment(env);
            // Said before the first call: the steps below create and change a real agent.
            out.println("Using the Mihu API at " + client.baseUrl() + ": this creates an agent named \"Sales Agent\""
                    + " in that tenant and changes it; the SDK has no call that deletes an agent, so it stays there.");
        } else {
            mock = MockMihuServer.builder().start();
            client = clientFor(mock);
            out.println("MIHU_API_TOKEN and MIHU_SUBDOMAIN are not set: using the embedded MockMihuServer at "
                    + mock.baseUrl());
        }
        try (MihuClient closing = client) {
            showValidation(out);
            Agent agent = create(closing, buildRequest(), out);
            printSummary(agent, out);
            return ManageAgentExample.manage(closing, agent, out);
        } finally {
            if (mock != null) {
                mock.close();
            }
        }
    }

    /** A client configured from the environment {@link #main} passes, the process's own. */
    private static MihuClient clientFromEnvironment(Map<String, String> env) {
        // docs:start client-from-env
        MihuClient client = MihuClient.fromEnv(env); // MihuClient.fromEnv() reads System.getenv() itself
        // docs:end client-from-env
        return client;
    }

    /** A client for the embedded server, built the way an application builds one for the real API. */
    private static MihuClient clientFor(MockMihuServer mock) {
        // docs:start client-build
        MihuClient client = MihuClient.builder()
                .baseUrl(mock.baseUrl()) // or .subdomain("acme") for https://acme.mihu.ai
                .apiToken(mock.apiToken()) // e.g. System.getenv("MIHU_API_TOKEN")
                .build();
        // docs:end client-build
        return client;
    }

    /**
     * Builds the request for a sales agent with guidelines, notes, a procedure, a routing rule, a
     * guard rule and appointments.
     *
     * @return the validated request
     */
    public static CreateAgentRequest buildRequest() {
        // docs:start build-request
        CreateAgentRequest request = CreateAgentRequests.builder("Sales Agent")
                .description("Answers product questions and books demos for Northwind Outfitters.")
                .companyName("Northwind Outfitters")
                .role("Senior sales representative")
                .objective("Qualify inbound leads and book a product demo.")
                .language(Locale.ENGLISH)
                .timezone(ZoneId.of("Europe/Istanbul"))
                .speed(AgentSpeed.NORMAL)
                .customPrompt("Mention the spring catalogue when the caller asks what is new.")
                .addGuideline("Greet the caller by name when it is known.")
                .addGuideline("Keep answers under thirty seconds.")
                .addNote("The spring catalogue ships on 1 March.")
                .addProcedure(procedure -> procedure
                        .name("Book a demo")
                        .description("Collect contact details and book a demo slot.")
                        .addStep(step -> step.order(1).description("Ask for the caller's email address."))
                        .addStep(step -> step.order(2).description("Offer the next two free demo slots.")))
                .addRoutingRule(rule -> rule.detectionMode(RoutingDetectionMode.EXACT)
                        .triggerKeyword("billing")
                        .departmentName("Billing")
                        .addPhrase("I have a question about my invoice")
                        .destinationType(DestinationTypes.EXTENSION)
                        .destination("204"))
                .addGuardRule(rule -> rule.name("Human requested")
                        .whenCondition("The caller asks to speak with a person.")
                        .addExamplePhrase("Can I talk to a human?")
                        .thenAction(GuardRuleAction.FORWARD)
                        .addSelectedChannel(Channels.PHONE)
                        .sayBeforeForwarding("One moment, I am transferring you to a colleague.")
                        .destinationType(DestinationTypes.EXTENSION)
                        .destination("100"))
                .appointments(appointments -> appointments
                        .enabled(true)
                        .addScheduleAssignment(schedule -> schedule.scheduleUuid(
                                        UUID.fromString("9b2f4c1e-6a3d-4e8f-b1c2-7d5e9f0a1b23"))
                                .priority(SchedulePriorities.PRIMARY)
                                .name("Demo calendar")))
                .build(); // validates; throws InvalidRequestException
        // docs:end build-request
        return request;
    }

    /** Shows that an invalid request fails before anything is sent, with the field's JSON path. */
    private static void showValidation(PrintStream out) {
        // docs:start validation-error
        try {
            CreateAgentRequests.builder("   ")
                    .addGuardRule(rule -> rule.name("Escalate").thenAction(GuardRuleAction.of("escalate")))
                    .build();
        } catch (InvalidRequestException e) {
            for (InvalidRequestException.Violation violation : e.violations()) {
                out.println("Not sent: " + violation.path() + " " + violation.message());
            }
        }
        // docs:end validation-error
    }

    private static Agent create(MihuClient client, CreateAgentRequest request, PrintStream out) {
        // docs:start error-handling
        try {
            return client.agents().create(request);
        } catch (AuthenticationException e) {
            out.println("The token was refused: " + e.getMessage());
            throw e;
        } catch (RateLimitException e) {
            out.println("Rate limited even after retries; retry after "
                    + e.retryAfter().orElse(null));
            throw e;
        } catch (MihuApiException e) {
            // Any other non-2xx answer: status, the API's error code and the field it names.
            out.println(
                    "HTTP " + e.statusCode() + " " + e.errorCode() + " on " + e.errorField() + ": " + e.getMessage());
            throw e;
        } catch (MihuConnectionException e) {
            // The API could not be reached, or the answer did not arrive in time.
            out.println("No answer from Mihu: " + e.getMessage());
            throw e;
        }
        // docs:end error-handling
    }

    private static void printSummary(Agent agent, PrintStream out) {
        out.println("Created agent " + agent.getAgentUuid());
        out.println("  name:          " + agent.getName());
        out.println("  status:        " + agent.getStatus());
        out.println("  guidelines:    " + size(agent.getGuidelines()));
        out.println("  notes:         " + size(agent.getNotes()));
        out.println("  procedures:    " + size(agent.getProcedures()));
        out.println("  routing rules: " + size(agent.getRoutingRules()));
        out.println("  guard rules:   " + size(agent.getGuardRules()));
    }

    private static int size(List<?> items) {
        return items == null ? 0 : items.size();
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
