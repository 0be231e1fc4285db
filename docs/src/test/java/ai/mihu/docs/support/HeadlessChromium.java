package ai.mihu.docs.support;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver by Selenium. Both paths are
 * given explicitly, so Selenium Manager never looks for (or downloads) a driver or a browser.
 * The browser reports its console messages and every request it sends, and any request to a
 * host other than loopback goes to a dead proxy, so a page under test can never reach out.
 */
public final class HeadlessChromium implements AutoCloseable {

    /** System property that overrides the browser binary, {@value #DEFAULT_BROWSER} by default. */
    public static final String BROWSER_PROPERTY = "docs.chromium";
    /** System property that overrides the driver binary, {@value #DEFAULT_DRIVER} by default. */
    public static final String DRIVER_PROPERTY = "docs.chromedriver";

    private static final String DEFAULT_BROWSER = "/usr/bin/chromium";
    private static final String DEFAULT_DRIVER = "/usr/bin/chromedriver";

    /** Selenium looks for a CDP binding of this exact browser version; none is needed here. */
    private static final java.util.logging.Logger CDP_VERSION_LOGGER =
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSION_LOGGER.setLevel(Level.OFF);
    }

    private final ChromeDriver driver;
    private final Path userDataDirectory;
    private final ObjectMapper json = new ObjectMapper();

    private HeadlessChromium(ChromeDriver driver, Path userDataDirectory) {
        this.driver = driver;
        this.userDataDirectory = userDataDirectory;
    }

    /**
     * Starts the browser, failing (not skipping) with the way to install it when it is missing.
     *
     * @return the running browser
     */
    public static HeadlessChromium start() {
        Path browser = Path.of(System.getProperty(BROWSER_PROPERTY, DEFAULT_BROWSER));
        Path driverBinary = Path.of(System.getProperty(DRIVER_PROPERTY, DEFAULT_DRIVER));
        if (!Files.isExecutable(browser) || !Files.isExecutable(driverBinary)) {
            fail("The docs browser test needs Debian's Chromium and chromedriver at " + browser
                    + " and " + driverBinary + ". Install them with "
                    + "'apt-get update && apt-get install -y chromium chromium-driver' (.ci/run does), "
                    + "or point -D" + BROWSER_PROPERTY + " and -D" + DRIVER_PROPERTY + " at them.");
        }
        Path userData;
        try {
            userData = Files.createTempDirectory("docs-chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1366,1800",
                "--user-data-dir=" + userData,
                // Everything but loopback goes to a proxy that is not there: nothing leaves the machine.
                "--proxy-server=http://127.0.0.1:9",
                "--proxy-bypass-list=127.0.0.1;localhost");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);

        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driverBinary.toFile())
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        return new HeadlessChromium(new ChromeDriver(service, options), userData);
    }

    /**
     * Tells whether a URL the browser requested stayed on this machine: inline data, the
     * browser's own built-in pages ({@code chrome://}, such as the new-tab page it opens before the
     * first navigation), or a request to a loopback address. A host name (even "localhost") does not count: the site
     * server is addressed by IP, so a host name means the page built a URL of its own.
     *
     * @param url a URL from {@link #takeRequestedUrls()}
     * @return true if the request did not need the network
     */
    public static boolean isLocal(String url) {
        if (url.startsWith("data:") || url.startsWith("chrome://") || url.startsWith("blob:http://127.0.0.1:")) {
            return true;
        }
        try {
            URI uri = new URI(url);
            String host = uri.getHost();
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && host != null
                    && host.startsWith("127.");
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** Returns the Selenium driver, for finding and clicking elements. */
    public WebDriver driver() {
        return driver;
    }

    /**
     * Returns the console errors and uncaught exceptions since the last call: console messages at
     * level SEVERE, which is how Chromium reports both, and failed resource loads.
     */
    public List<String> takeConsoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    /** Returns the URL of every request the browser sent since the last call, inline data too. */
    public List<String> takeRequestedUrls() {
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                JsonNode message = json.readTree(entry.getMessage()).path("message");
                if ("Network.requestWillBeSent".equals(message.path("method").asText())) {
                    urls.add(message.path("params").path("request").path("url").asText());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Unreadable performance log entry", e);
            }
        }
        return urls;
    }

    /** Saves the whole page, not only the window, as a PNG. */
    public void saveFullPageScreenshot(Path file) throws IOException {
        Map<String, Object> result = driver.executeCdpCommand(
                "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
        Files.write(file, java.util.Base64.getDecoder().decode((String) result.get("data")));
    }

    /** Saves the window as a PNG. */
    public void saveScreenshot(Path file) throws IOException {
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(userDataDirectory)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // A leftover temporary profile is harmless.
            }
        }
    }
}
