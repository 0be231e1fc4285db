package ai.mihu.sdk.enums;

import ai.mihu.sdk.model.CreateAgentRequest;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Lists the classes of the generated model package, from the directory or jar it was loaded
 * from, so tests cover every generated enum without anyone listing them.
 */
final class ModelPackage {

    private static final String PACKAGE = CreateAgentRequest.class.getPackageName();
    private static final String PACKAGE_DIR = PACKAGE.replace('.', '/');

    private ModelPackage() {
    }

    /** Every generated enum, sorted by name. */
    static List<Class<? extends Enum<?>>> enums() throws IOException, URISyntaxException {
        List<Class<? extends Enum<?>>> enums = new ArrayList<>();
        for (String name : classNames()) {
            Class<?> type = load(name);
            if (type.isEnum()) {
                @SuppressWarnings("unchecked")
                Class<? extends Enum<?>> enumType = (Class<? extends Enum<?>>) type;
                enums.add(enumType);
            }
        }
        return enums;
    }

    private static List<String> classNames() throws IOException, URISyntaxException {
        Path location = Path.of(CreateAgentRequest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.list(location.resolve(PACKAGE_DIR))) {
                files.map(file -> file.getFileName().toString())
                        .filter(ModelPackage::isTopLevelClassFile)
                        .forEach(file -> names.add(PACKAGE + "." + file.substring(0, file.length() - ".class".length())));
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                for (JarEntry entry : Collections.list(jar.entries())) {
                    String entryName = entry.getName();
                    if (entryName.startsWith(PACKAGE_DIR + "/")
                            && entryName.indexOf('/', PACKAGE_DIR.length() + 1) < 0
                            && isTopLevelClassFile(entryName)) {
                        names.add(entryName.substring(0, entryName.length() - ".class".length()).replace('/', '.'));
                    }
                }
            }
        }
        Collections.sort(names);
        return names;
    }

    private static boolean isTopLevelClassFile(String name) {
        return name.endsWith(".class") && !name.contains("$");
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ModelPackage.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("listed but not loadable: " + name, e);
        }
    }
}
