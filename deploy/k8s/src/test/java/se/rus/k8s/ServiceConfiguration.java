package se.rus.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What a service's own configuration says: its port, the environment it reads, the topics it consumes. */
record ServiceConfiguration(String name, int httpPort, String imageRepository, Set<String> environment,
                            Set<String> consumedTopics) {

    static final List<String> SERVICES = List.of("planning", "finance", "followup", "reporting");
    private static final Pattern ENVIRONMENT_NAME = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

    static ServiceConfiguration of(Path root, String service) {
        List<String> own = propertyLines(root.resolve(service + "-service/src/main/resources/application.properties"));
        List<String> shared = sharedPropertyLines(root);
        Set<String> environment = new TreeSet<>(environmentNames(own));
        environment.addAll(environmentNames(shared));
        String image = value(shared, "quarkus.container-image.registry") + "/"
                + value(shared, "quarkus.container-image.group") + "/" + service + "-service";
        int port = Integer.parseInt(value(own, "quarkus.http.port"));
        Set<String> topics = new TreeSet<>();
        own.stream().filter(line -> line.matches("mp\\.messaging\\.incoming\\.[^.]+\\.topic=.*"))
                .forEach(line -> topics.add(line.substring(line.indexOf('=') + 1).trim()));
        return new ServiceConfiguration(service + "-service", port, image, environment, topics);
    }

    /** The platform's defaults every service shares (its microprofile-config.properties). */
    private static List<String> sharedPropertyLines(Path root) {
        try (Stream<Path> files = Files.walk(root.resolve("deploy/platform/src/main/resources"))) {
            return files.filter(file -> file.toString().endsWith(".properties"))
                    .filter(file -> !file.getFileName().toString().startsWith("ValidationMessages"))
                    .flatMap(file -> propertyLines(file).stream()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines that apply in production: no comments, no %dev/%test profile lines. */
    private static List<String> propertyLines(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith("%"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> environmentNames(List<String> lines) {
        Set<String> names = new TreeSet<>();
        for (String line : lines) {
            Matcher matcher = ENVIRONMENT_NAME.matcher(line);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    private static String value(List<String> lines, String key) {
        return lines.stream().filter(line -> line.startsWith(key + "=")).findFirst()
                .map(line -> line.substring(key.length() + 1).trim())
                .orElseThrow(() -> new AssertionError("no " + key));
    }
}
