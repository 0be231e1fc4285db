package ai.mihu.spring.boot;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns an {@link InvalidMihuPropertyException} into Spring Boot's short "APPLICATION FAILED TO
 * START" report naming the property, instead of a stack trace.
 */
class InvalidMihuPropertyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidMihuPropertyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidMihuPropertyException cause) {
        return new FailureAnalysis(
                "The Mihu client could not be created. " + cause.getMessage(),
                "Set or correct the property '" + cause.property() + "' (in application.properties, "
                        + "application.yml or the environment).",
                cause);
    }
}
