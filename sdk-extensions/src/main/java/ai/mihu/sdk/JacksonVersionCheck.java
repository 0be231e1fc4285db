package ai.mihu.sdk;

import com.fasterxml.jackson.core.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Refuses to build a client on a Jackson older than the SDK supports.
 *
 * <p>The SDK shares Jackson with the application, and build tools may resolve an older one than the
 * SDK was built with. Below the floor the generated date handling fails deep inside the first
 * mapper it builds ({@code NoClassDefFoundError: JavaTimeFeature} on 2.15); this check turns that
 * into a message at {@link MihuClient.Builder#build()} naming the modules to upgrade. The floor is
 * the root pom's {@code jackson-floor.version}, tried by the examples' jackson-floor project.
 */
final class JacksonVersionCheck {

    private static final java.util.regex.Pattern VERSION_PARTS = java.util.regex.Pattern.compile("[.-]");

    /** What the application's class path holds, looked up once per class loader. */
    private static final Optional<String> PROBLEM = problemWith(
            List.of(
                    new Found("jackson-core", com.fasterxml.jackson.core.json.PackageVersion.VERSION),
                    new Found("jackson-databind", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION),
                    new Found("jackson-datatype-jsr310", com.fasterxml.jackson.datatype.jsr310.PackageVersion.VERSION)),
            SdkVersion.jacksonFloor());

    private JacksonVersionCheck() {}

    /**
     * Throws if a Jackson module on the class path is older than the floor.
     *
     * @throws IllegalStateException naming each module that is too old and the version needed
     */
    static void requireSupported() {
        PROBLEM.ifPresent(message -> {
            throw new IllegalStateException(message);
        });
    }

    /**
     * Describes which of the found modules are older than {@code floor}; modules whose version is
     * unknown (repackaged without version information) are given the benefit of the doubt.
     */
    static Optional<String> problemWith(List<Found> modules, String floor) {
        int[] minimum = parse(floor);
        List<String> tooOld = new ArrayList<>();
        for (Found module : modules) {
            Version v = module.version();
            if (!v.isUnknownVersion()
                    && compare(new int[] {v.getMajorVersion(), v.getMinorVersion(), v.getPatchLevel()}, minimum) < 0) {
                tooOld.add(module.artifact() + " " + v.toString());
            }
        }
        if (tooOld.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("The Mihu SDK needs Jackson " + floor + " or newer, but the class path holds "
                + String.join(", ", tooOld) + ". Align every Jackson module to " + floor
                + " or newer, for example by importing com.fasterxml.jackson:jackson-bom in dependencyManagement.");
    }

    private static int[] parse(String version) {
        String[] parts = VERSION_PARTS.split(version, -1);
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])};
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }

    /** A Jackson module and the version its {@code PackageVersion} reports. */
    record Found(String artifact, Version version) {}
}
