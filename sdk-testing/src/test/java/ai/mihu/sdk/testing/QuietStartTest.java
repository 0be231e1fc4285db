package ai.mihu.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * With every logger at TRACE, as under Logback's default configuration (root at DEBUG), reading the
 * contract and starting a server log nothing a user would have to silence.
 */
class QuietStartTest {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();
    private Level rootLevel;

    @BeforeEach
    void captureEverything() {
        rootLevel = root.getLevel();
        root.setLevel(Level.TRACE);
        events.start();
        root.addAppender(events);
    }

    @AfterEach
    void restore() {
        root.detachAppender(events);
        root.setLevel(rootLevel);
    }

    @Test
    void parsingTheContractLogsNoParserLines() {
        Contract.load();

        // swagger-parser's full resolution used to log "avoiding infinite loop" for every schema used
        // twice. The validator's builder still looks for a level file in the working directory, once
        // per validator, at DEBUG: that one line is outside the SDK's reach.
        assertThat(events.list)
                .extracting(ILoggingEvent::getLoggerName)
                .allMatch(name -> name.equals("com.atlassian.oai.validator.report.LevelLoader$PropertiesLoader"));
        assertThat(events.list).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void startingAndUsingAServerLogsNothingAtInfoOrAbove() throws Exception {
        try (MockMihuServer server = MockMihuServer.builder().start()) {
            new MihuHttp(server).post("{\"name\":\"A\"}");
            new MihuHttp(server).post("{\"name\":5}");
        }

        List<String> loud = events.list.stream()
                .filter(event -> event.getLevel().isGreaterOrEqual(Level.INFO))
                .map(event -> event.getLevel() + " " + event.getLoggerName() + " " + event.getFormattedMessage())
                .toList();
        assertThat(loud).isEmpty();
    }
}
