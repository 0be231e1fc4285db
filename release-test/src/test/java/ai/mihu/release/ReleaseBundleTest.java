package ai.mihu.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code -Prelease deploy} on a copy of this tree set to the release version (as a release
 * commit would), signed with a key generated for the run, against a stand-in for the Central
 * Portal on a loopback port, and checks the bundle central-publishing-maven-plugin uploads to it.
 * Nothing leaves the machine, nothing is installed, no real key is used. ({@code -DskipPublishing}
 * would not do: in plugin 0.9.0 it skips the staging and so the bundle too.) Only the published
 * modules are built, without their tests (this build has just run them), to keep the cost to one
 * compile-and-Javadoc pass.
 */
class ReleaseBundleTest {

    private static final String GROUP_PATH = "ai/mihu/";
    /** Jars published with sources and Javadoc, and the module name each declares. */
    private static final Map<String, String> JAR_MODULES = Map.of(
            "mihu-spec", "ai.mihu.spec",
            "mihu-sdk-generated", "ai.mihu.sdk.generated",
            "mihu-sdk", "ai.mihu.sdk",
            "mihu-sdk-testing", "ai.mihu.sdk.testing",
            "mihu-spring-boot-starter", "ai.mihu.spring.boot");

    private static final Set<String> POM_ONLY = Set.of("mihu-sdk-parent", "mihu-sdk-bom");
    private static final String MODULE_DIRS = ".,spec,sdk-generated,sdk-extensions,sdk-testing,spring-boot-starter,bom";

    @TempDir
    static Path work;

    private static String version;
    private static Path gnupgHome;
    private static Map<String, byte[]> bundle;
    private static final List<byte[]> uploads = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static final List<String> uploadAuthorizations = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    static void buildTheReleaseBundleOfACopy() throws Exception {
        version = System.getProperty("mihu.project.version").replace("-SNAPSHOT", "");
        Path tree = work.resolve("tree");
        copyTree(Path.of(System.getProperty("mihu.project.root")).toRealPath(), tree);
        setReleaseVersion(tree, System.getProperty("mihu.project.version"), version);
        String keyId = generateThrowawayKey();
        // The plugin looks up the credentials of server "central" even when it does not upload;
        // these placeholders go in as global settings, so a developer's own settings still apply.
        Path settings = Files.writeString(work.resolve("central-placeholder-settings.xml"), """
                <settings><servers><server>
                  <id>central</id><username>never-uploads</username><password>never-uploads</password>
                </server></servers></settings>
                """);

        Path log = Path.of(System.getProperty("mihu.release.log"));
        Files.createDirectories(log.getParent());
        List<String> command = List.of(
                Path.of(System.getProperty("maven.home"), "bin", "mvn").toString(),
                "-B",
                "-gs",
                settings.toString(),
                "-Prelease",
                "deploy",
                "-pl",
                MODULE_DIRS,
                "-DskipTests",
                "-Dinvoker.skip=true",
                // Never into the shared local repository: deploy runs the install phase first.
                "-Dmaven.install.skip=true",
                "-Dgpg.homedir=" + gnupgHome,
                "-Dgpg.keyname=" + keyId);
        com.sun.net.httpserver.HttpServer portal = fakeCentralPortal();
        List<String> withPortal = new ArrayList<>(command);
        withPortal.add(
                "-DcentralBaseUrl=http://127.0.0.1:" + portal.getAddress().getPort());
        withPortal.add("-DwaitUntil=uploaded");
        ProcessBuilder builder = new ProcessBuilder(withPortal)
                .directory(tree.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("GNUPGHOME", gnupgHome.toString());
        try {
            Process maven = builder.start();
            if (!maven.waitFor(10, TimeUnit.MINUTES)) {
                maven.destroyForcibly();
                throw new AssertionError("the release build took over 10 minutes; see " + log);
            }
            assertThat(maven.exitValue())
                    .as("release build exit code; see %s", log)
                    .isZero();
        } finally {
            portal.stop(0);
        }

        bundle = new TreeMap<>();
        try (ZipFile zip = new ZipFile(
                tree.resolve("target/central-publishing/central-bundle.zip").toFile())) {
            for (ZipEntry entry : zip.stream().filter(e -> !e.isDirectory()).toList()) {
                try (InputStream in = zip.getInputStream(entry)) {
                    bundle.put(entry.getName(), in.readAllBytes());
                }
            }
        }
    }

    @Test
    void theBundleIsWhatTheReleaseUploadsWithTheConfiguredCredentials() throws IOException {
        byte[] zip = Files.readAllBytes(work.resolve("tree/target/central-publishing/central-bundle.zip"));
        assertThat(uploads).hasSize(1);
        assertThat(indexOf(uploads.get(0), zip))
                .as("the uploaded body carries the bundle")
                .isNotNegative();
        assertThat(uploadAuthorizations)
                .containsExactly("UserToken "
                        + java.util.Base64.getEncoder()
                                .encodeToString("never-uploads:never-uploads".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void bundleHoldsEveryPublishedModuleAndNothingElse() {
        Set<String> artifacts = new TreeSet<>();
        bundle.keySet()
                .forEach(name ->
                        artifacts.add(name.substring(GROUP_PATH.length()).split("/")[0]));
        Set<String> expected = new TreeSet<>(JAR_MODULES.keySet());
        expected.addAll(POM_ONLY);
        assertThat(artifacts).isEqualTo(expected);
        assertThat(bundle.keySet())
                .allMatch(name -> name.startsWith(GROUP_PATH))
                .noneMatch(n -> n.contains("SNAPSHOT"));
    }

    @Test
    void everyJarModuleHasItsJarSourcesJavadocAndPom() {
        JAR_MODULES
                .keySet()
                .forEach(artifact -> assertThat(bundle.keySet())
                        .contains(
                                file(artifact, ".jar"),
                                file(artifact, "-sources.jar"),
                                file(artifact, "-javadoc.jar"),
                                file(artifact, ".pom")));
        POM_ONLY.forEach(artifact -> assertThat(bundle.keySet()).contains(file(artifact, ".pom")));
    }

    @Test
    void everyFileIsSignedWithTheReleaseKeyAndHasMatchingChecksums() throws Exception {
        List<String> published = bundle.keySet().stream()
                .filter(name -> name.endsWith(".jar") || name.endsWith(".pom"))
                .toList();
        assertThat(published).hasSize(JAR_MODULES.size() * 4 + POM_ONLY.size());
        for (String name : published) {
            assertThat(bundle.keySet()).contains(name + ".asc", name + ".md5", name + ".sha1");
            assertThat(text(name + ".sha1")).as(name + ".sha1").isEqualTo(digest("SHA-1", bundle.get(name)));
            assertThat(text(name + ".md5")).as(name + ".md5").isEqualTo(digest("MD5", bundle.get(name)));
            assertThat(gpgVerifies(name)).as("signature of %s", name).isTrue();
        }
    }

    @Test
    void everyJarHasAStableModuleName() throws IOException {
        for (Map.Entry<String, String> module : JAR_MODULES.entrySet()) {
            byte[] jar = bundle.get(file(module.getKey(), ".jar"));
            assertThat(moduleName(jar)).as(module.getKey()).isEqualTo(module.getValue());
        }
    }

    @Test
    void parentPomCarriesTheMetadataCentralRequires() {
        String parent = text(file("mihu-sdk-parent", ".pom"));
        assertThat(parent)
                .contains(
                        "<licenses>",
                        "<developers>",
                        "<connection>scm:git:",
                        "<url>https://github.com/mihu-ai/mihu-java-sdk</url>",
                        "<description>");
        JAR_MODULES
                .keySet()
                .forEach(artifact -> assertThat(text(file(artifact, ".pom")))
                        .contains("<name>", "<description>", "<artifactId>mihu-sdk-parent</artifactId>"));
    }

    @Test
    void bomIsStandaloneAndManagesOnlyMihuArtifacts() {
        String bom = text(file("mihu-sdk-bom", ".pom"));
        assertThat(bom).doesNotContain("<parent>").contains("<licenses>", "<developers>", "<connection>scm:git:");
        List<String> managedGroups = between(bom, "<groupId>", "</groupId>");
        assertThat(managedGroups).containsOnly("ai.mihu");
        assertThat(between(bom, "<artifactId>", "</artifactId>"))
                .containsExactlyInAnyOrder(
                        "mihu-sdk-bom",
                        "mihu-spec",
                        "mihu-sdk-generated",
                        "mihu-sdk",
                        "mihu-sdk-testing",
                        "mihu-spring-boot-starter");
        assertThat(bom).doesNotContain("jackson", "junit", "feign");
    }

    /** Accepts uploads as the Central Portal's publisher API does, answering a deployment id. */
    private static com.sun.net.httpserver.HttpServer fakeCentralPortal() throws IOException {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/publisher/upload", exchange -> {
            try (exchange) {
                uploadAuthorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
                uploads.add(exchange.getRequestBody().readAllBytes());
                byte[] id = "d1b7c0de-0000-4000-8000-000000000001".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(201, id.length);
                exchange.getResponseBody().write(id);
            }
        });
        server.start();
        return server;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String file(String artifact, String suffix) {
        return GROUP_PATH + artifact + "/" + version + "/" + artifact + "-" + version + suffix;
    }

    private static String text(String name) {
        assertThat(bundle.keySet()).contains(name);
        return new String(bundle.get(name), StandardCharsets.UTF_8).trim();
    }

    private static List<String> between(String text, String open, String close) {
        List<String> values = new ArrayList<>();
        int from = 0;
        while ((from = text.indexOf(open, from)) >= 0) {
            int end = text.indexOf(close, from);
            values.add(text.substring(from + open.length(), end).trim());
            from = end;
        }
        return values;
    }

    private static String digest(String algorithm, byte[] content) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
    }

    private static String moduleName(byte[] jar) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(jar))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("module-info.class")) {
                    return java.lang.module.ModuleDescriptor.read(java.nio.ByteBuffer.wrap(zip.readAllBytes()))
                            .name();
                }
            }
        }
        try (JarInputStream in = new JarInputStream(new java.io.ByteArrayInputStream(jar))) {
            Manifest manifest = in.getManifest();
            return manifest == null ? null : manifest.getMainAttributes().getValue("Automatic-Module-Name");
        }
    }

    private static boolean gpgVerifies(String name) throws Exception {
        Path dir = Files.createDirectories(work.resolve("verify"));
        Path content = dir.resolve("content");
        Path signature = dir.resolve("content.asc");
        Files.write(content, bundle.get(name));
        Files.write(signature, bundle.get(name + ".asc"));
        return run(
                        "gpg",
                        "--homedir",
                        gnupgHome.toString(),
                        "--batch",
                        "--verify",
                        signature.toString(),
                        content.toString())
                == 0;
    }

    private static String generateThrowawayKey() throws Exception {
        gnupgHome = Files.createDirectories(
                work.resolve("gnupg"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        assertThat(run(
                        "gpg",
                        "--homedir",
                        gnupgHome.toString(),
                        "--batch",
                        "--pinentry-mode",
                        "loopback",
                        "--passphrase",
                        "",
                        "--quick-gen-key",
                        "Mihu release test <release-test@mihu.invalid>",
                        "ed25519",
                        "sign",
                        "never"))
                .as("gpg key generation")
                .isZero();
        Process list = new ProcessBuilder(
                        "gpg", "--homedir", gnupgHome.toString(), "--batch", "--with-colons", "--list-secret-keys")
                .redirectErrorStream(true)
                .start();
        String listing = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        list.waitFor(30, TimeUnit.SECONDS);
        return listing.lines()
                .filter(l -> l.startsWith("fpr:"))
                .findFirst()
                .map(l -> l.split(":")[9])
                .orElseThrow(() -> new AssertionError("no key in " + listing));
    }

    private static int run(String... command) throws Exception {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in 60 s");
        }
        return process.exitValue();
    }

    /** The sources of the build, without build output, VCS data or installed npm packages. */
    private static void copyTree(Path from, Path to) throws IOException {
        Set<String> skipped = Set.of("target", ".git", "node_modules");
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(from) && skipped.contains(dir.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void setReleaseVersion(Path tree, String snapshot, String release) throws IOException {
        try (var poms = Files.walk(tree)) {
            for (Path pom : poms.filter(p -> p.getFileName().toString().equals("pom.xml"))
                    .toList()) {
                String text = Files.readString(pom);
                try {
                    Files.writeString(
                            pom,
                            text.replace("<version>" + snapshot + "</version>", "<version>" + release + "</version>"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
