package ai.mihu.docs;

import static org.assertj.core.api.Assertions.assertThat;

import ai.mihu.docs.support.BuiltSite;
import ai.mihu.docs.support.HeadlessChromium;
import ai.mihu.docs.support.LoopbackSiteServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Serves the built site on loopback and renders it in headless Chromium, as a reader of the
 * portal would see it. Screenshots land in docs/target/screenshots for review.
 */
class ReferencePageBrowserIT {

    private static final List<String> DOCUMENTED_STATUSES =
            List.of("200", "201", "400", "401", "403", "422", "429", "500", "502", "503");

    private static LoopbackSiteServer server;
    private static HeadlessChromium chromium;
    private static Path screenshots;

    @BeforeAll
    static void serveSiteAndStartBrowser() throws IOException {
        Path site = BuiltSite.siteDirectory();
        screenshots = BuiltSite.screenshotDirectory();
        chromium = HeadlessChromium.start();
        server = new LoopbackSiteServer(site);
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void pageHadNoJavaScriptErrorsAndStayedOnLoopback() {
        // Chromium asks the host for /favicon.ico on pages without an icon (the Javadoc): that file
        // belongs to whatever serves the bundle, not to the bundle.
        assertThat(chromium.takeConsoleErrors())
                .as("console errors, uncaught exceptions and failed loads")
                .filteredOn(message -> !message.startsWith(server.url("favicon.ico") + " "))
                .isEmpty();
        List<String> requests = chromium.takeRequestedUrls();
        assertThat(requests).as("requests the page sent").isNotEmpty();
        assertThat(requests)
                .as("every request goes to the loopback site server (or is inline data)")
                .allSatisfy(
                        url -> assertThat(HeadlessChromium.isLocal(url)).as(url).isTrue());
    }

    @Test
    void referenceShowsCreateAgentWithItsSchemasAndErrorResponses() throws IOException {
        WebDriver driver = open("reference/index.html");
        WebElement operation = waitFor(By.id("operations-Agents-createAgent"));
        chromium.saveScreenshot(screenshots.resolve("reference.png"));

        assertThat(operation
                        .findElement(By.cssSelector(".opblock-summary-method"))
                        .getText())
                .isEqualTo("POST");
        assertThat(operation
                        .findElement(By.cssSelector(".opblock-summary-path"))
                        .getText())
                .isEqualTo("/api/v1/agents");
        assertThat(operation
                        .findElement(By.cssSelector(".opblock-summary-operation-id"))
                        .getText())
                .isEqualTo("createAgent");
        assertThat(operation.getText()).contains("Create an agent");

        WebElement requestBody = operation.findElement(By.cssSelector(".opblock-section-request-body"));
        requestBody.findElement(By.cssSelector("button[data-name='model']")).click();
        assertThat(requestBody.getText()).contains("CreateAgentRequest", "guard_rules", "routing_rules");

        List<String> statuses = operation.findElements(By.cssSelector("tr.response")).stream()
                .map(row -> row.getAttribute("data-code"))
                .toList();
        assertThat(statuses).containsExactlyElementsOf(DOCUMENTED_STATUSES);
        assertThat(response(operation, "401").getText())
                .contains("The bearer token is missing or invalid.", "INVALID_AUTH_TOKEN");
        assertThat(response(operation, "422").getText()).contains("VALIDATION_ERROR", "\"field\"");
        assertThat(response(operation, "429").getText()).contains("Retry-After", "RATE_LIMIT_EXCEEDED");
        assertThat(response(operation, "503").getText()).contains("SERVICE_UNAVAILABLE");

        WebElement created = response(operation, "201");
        created.findElement(By.cssSelector("button[data-name='model']")).click();
        assertThat(created.getText()).contains("CreateAgentResponse");

        WebElement models = driver.findElement(By.cssSelector("section.models"));
        for (String schema :
                List.of("CreateAgentRequest", "CreateAgentResponse", "Agent", "ErrorResponse", "ErrorDetail")) {
            assertThat(models.findElements(By.id("model-" + schema)))
                    .as("schema " + schema)
                    .hasSize(1);
        }

        assertThat(server.requestedPaths()).contains("/spec/openapi.json");
        scrollTo(response(operation, "401"));
        chromium.saveScreenshot(screenshots.resolve("reference-responses.png"));
    }

    @Test
    void referenceShowsEveryOperationOfTheSpecWithItsMethodAndPath() throws IOException {
        Map<String, String> specOperations = operationsOfTheSpec();
        assertThat(specOperations).as("operations of the spec").hasSizeGreaterThan(1);

        open("reference/index.html");
        waitFor(By.id("operations-Agents-createAgent"));
        Map<String, String> shown = new TreeMap<>();
        for (WebElement operation : chromium.driver().findElements(By.cssSelector(".opblock"))) {
            String operationId = operation
                    .findElement(By.cssSelector(".opblock-summary-operation-id"))
                    .getText();
            String method = operation
                    .findElement(By.cssSelector(".opblock-summary-method"))
                    .getText();
            // Swagger UI breaks long paths with zero-width spaces.
            String path = operation
                    .findElement(By.cssSelector(".opblock-summary-path"))
                    .getText()
                    .replace("\u200b", "");
            assertThat(shown.put(operationId, method + " " + path))
                    .as("%s shown twice", operationId)
                    .isNull();
        }
        chromium.saveScreenshot(screenshots.resolve("reference-operations.png"));

        assertThat(shown).isEqualTo(specOperations);
    }

    @Test
    void guideShowsItsCodeFromCompiledSources() throws IOException {
        WebDriver driver = open("getting-started.html");

        assertThat(driver.getTitle()).isEqualTo("Getting started · Mihu Java SDK");
        List<WebElement> codeBlocks = driver.findElements(By.cssSelector("pre > code"));
        assertThat(codeBlocks).isNotEmpty();
        assertThat(codeBlocks).allSatisfy(code -> assertThat(code.isDisplayed()).isTrue());
        assertThat(driver.findElements(By.cssSelector("p.snippet-source"))).isNotEmpty();
        assertThat(driver.getPageSource()).doesNotContain("{{");
        assertThat(driver.findElements(By.cssSelector("main h2")).stream().map(WebElement::getText))
                .contains(
                        "Build a client",
                        "Create an agent with the builders",
                        "Handle errors",
                        "Retries",
                        "Test without the real API");
        chromium.saveFullPageScreenshot(screenshots.resolve("getting-started.png"));
    }

    @Test
    void indexLinksEveryPartOfTheSite() throws IOException {
        WebDriver driver = open("index.html");

        List<String> links = driver.findElements(By.cssSelector("main a")).stream()
                .map(link -> link.getAttribute("href"))
                .toList();
        assertThat(links)
                .contains(
                        server.url("getting-started.html"),
                        server.url("reference/index.html"),
                        server.url("spec/openapi.yaml"),
                        server.url("spec/openapi.json"),
                        server.url("javadoc/mihu-sdk/index.html"),
                        server.url("javadoc/mihu-sdk-generated/index.html"),
                        server.url("javadoc/mihu-sdk-testing/index.html"),
                        server.url("changelog.html"));
        chromium.saveFullPageScreenshot(screenshots.resolve("index.png"));

        driver.findElement(By.linkText("mihu-sdk-generated")).click();
        waitFor(By.cssSelector("main, .header, #all-packages-table, .summary"));
        assertThat(driver.getTitle()).contains("Mihu SDK generated client");
    }

    @Test
    void javadocOfTheClientAndOfTheTestSupportOpensFromTheIndex() throws IOException {
        WebDriver driver = open("index.html");

        driver.findElement(By.linkText("mihu-sdk")).click();
        waitFor(By.cssSelector("main, .header, #all-packages-table, .summary"));
        assertThat(driver.getTitle()).contains("Mihu Java SDK");
        assertThat(driver.getPageSource()).contains("ai.mihu.sdk.errors");
        chromium.saveFullPageScreenshot(screenshots.resolve("javadoc-mihu-sdk.png"));

        open("index.html");
        driver.findElement(By.linkText("mihu-sdk-testing")).click();
        waitFor(By.cssSelector("main, .header, #all-packages-table, .summary"));
        assertThat(driver.getTitle()).contains("Mihu SDK testing support");
        assertThat(driver.getPageSource()).contains("ai.mihu.sdk.testing");
    }

    /** Each operationId of the spec the site ships, with its method and path: {@code POST /api/v1/agents}. */
    private static Map<String, String> operationsOfTheSpec() throws IOException {
        JsonNode paths = new ObjectMapper()
                .readTree(BuiltSite.siteDirectory().resolve("spec/openapi.json").toFile())
                .path("paths");
        Map<String, String> operations = new TreeMap<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                JsonNode operationId = method.getValue().path("operationId");
                if (operationId.isTextual()) {
                    operations.put(
                            operationId.asText(), method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            }
        }
        return operations;
    }

    private static WebDriver open(String sitePath) {
        WebDriver driver = chromium.driver();
        driver.get(server.url(sitePath));
        return driver;
    }

    private static WebElement waitFor(By locator) {
        return new WebDriverWait(chromium.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private static WebElement response(WebElement operation, String status) {
        return operation.findElement(By.cssSelector("tr.response[data-code='" + status + "']"));
    }

    private static void scrollTo(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) chromium.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'start'});", element);
    }
}
