package ai.mihu.docs.publish;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Command-line entry point of the publisher, run by the docs module's {@code publish-docs}
 * profile: {@code --name=NAME --version=VERSION --file=PATH...}, with the portal URL and token
 * taken from {@code DOCS_PORTAL_URL} and {@code DOCS_PORTAL_TOKEN}.
 */
public final class PublishCommand {

    private PublishCommand() {}

    /**
     * Publishes the given files. Failures are thrown rather than turned into an exit code, so the
     * Maven build running this in-process fails with the message.
     *
     * @param args {@code --name=}, {@code --version=} and one or more {@code --file=}
     */
    public static void main(String[] args) {
        run(args, System.getenv(), System.out::println);
    }

    /**
     * Publishes the given files with settings from the given environment.
     *
     * @param args {@code --name=}, {@code --version=} and one or more {@code --file=}
     * @param environment where {@code DOCS_PORTAL_URL} and {@code DOCS_PORTAL_TOKEN} are read
     * @param log where progress lines go
     * @throws PublishException if the arguments or settings are invalid or an upload fails
     */
    public static void run(String[] args, Map<String, String> environment, Consumer<String> log) {
        String name = null;
        String version = null;
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--name=")) {
                name = arg.substring("--name=".length());
            } else if (arg.startsWith("--version=")) {
                version = arg.substring("--version=".length());
            } else if (arg.startsWith("--file=")) {
                files.add(Path.of(arg.substring("--file=".length())));
            } else {
                throw new PublishException("Unknown argument '" + arg + "'; expected --name=, --version= and --file=");
            }
        }
        if (name == null || version == null || files.isEmpty()) {
            throw new PublishException("Usage: --name=NAME --version=VERSION --file=PATH [--file=PATH...]");
        }
        PublishSettings settings = PublishSettings.fromEnvironment(environment);
        log.accept("Publishing " + files.size() + " files as " + name + " " + version + " to " + settings.portalUrl());
        new PortalPublisher(settings, log).publish(name, version, files);
    }
}
