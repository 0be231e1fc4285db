package ai.mihu.sdk.testing;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.CreateAgentResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Runs one sample create through the whole pipeline (validation, agent, JSON) once per JVM, when
 * the first server starts. The validator's schema machinery and Jackson's serializers initialise
 * lazily, a few hundred milliseconds on a cold JVM; paid here, that cost does not land on a test's
 * first call, where a client with a short read timeout would see it as a timeout.
 */
final class Warmup {

    private static boolean done;

    private Warmup() {}

    /** Makes sure the warm-up has run; the first caller pays for it, later callers return at once. */
    static synchronized void ensureDone() {
        if (!done) {
            run();
            done = true;
        }
    }

    private static void run() {
        String token = "warm-up-token";
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("Authorization", List.of("Bearer " + token));
        headers.put("Content-Type", List.of("application/json"));
        String body = "{\"name\":\"Warm-up\",\"status\":\"ready\",\"guidelines\":[{\"content\":\"g\"}],"
                + "\"procedures\":[{\"name\":\"p\",\"steps\":[{\"order\":1}]}],\"guard_rules\":[{\"then_action\":\"forward\"}]}";
        RequestChecker checker = new RequestChecker(Contract.shared(), token, () -> false, true);
        RequestChecker.Verdict verdict = checker.check("POST", "/api/v1/agents", headers, body);
        JsonNode accepted = verdict.body();
        if (verdict.accepted() && accepted != null) {
            Agent agent = new AgentFactory(Clock.systemUTC(), UUID::randomUUID).create(accepted);
            MockMihuJson.write(new CreateAgentResponse().success(true).data(agent));
            MockMihuJson.copy(agent, Agent.class);
        }
        // And one rejected call, which writes the error envelope.
        checker.check("POST", "/api/v1/agents", headers, "{\"name\":5}");
    }
}
