package dk.servicelevel.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a service's {@code META-INF/native-image/dk.servicelevel/SERVICE/reachability-metadata.json} registers, and what
 * the libraries it covers make by name at run time, so that a JVM test fails when a library upgrade names a class the
 * native image would not have.
 */
public final class NativeImageMetadata {

    private static final Pattern CLASS_NAME = Pattern.compile("([a-z_][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*");
    private static final String JOLLYDAY_CONFIGURATION_SERVICES =
            "META-INF/services/de.focus_shift.jollyday.core.spi.HolidayCalendarConfigurationService";

    private NativeImageMetadata() {
    }

    /** The types a service registers for reflection. */
    public static Set<String> reflectionTypes(String service) {
        try (InputStream json = resource("META-INF/native-image/dk.servicelevel/" + service + "/reachability-metadata.json")) {
            JsonNode metadata = new ObjectMapper().readTree(json);
            Set<String> types = new HashSet<>();
            metadata.path("reflection").forEach(entry -> types.add(entry.path("type").asText()));
            return types;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The classes on the class path that Jollyday instantiates by name: those its jollyday.properties names (holiday
     * managers, parsers) and its configuration services.
     */
    public static Set<String> jollydayClassesMadeByName() {
        Set<String> named = new HashSet<>();
        try (InputStream properties = resource("jollyday.properties"); InputStream services = resource(JOLLYDAY_CONFIGURATION_SERVICES)) {
            Properties settings = new Properties();
            settings.load(properties);
            settings.values().forEach(value -> named.add(value.toString().trim()));
            named.addAll(new String(services.readAllBytes()).lines().map(String::trim).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return named.stream().filter(name -> CLASS_NAME.matcher(name).matches() && onClassPath(name)).collect(Collectors.toSet());
    }

    private static boolean onClassPath(String name) {
        try {
            Class.forName(name, false, NativeImageMetadata.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static InputStream resource(String path) {
        InputStream stream = Thread.currentThread().getContextClassLoader().getResourceAsStream(path);
        if (stream == null) {
            throw new IllegalStateException(path + " is not on the class path");
        }
        return stream;
    }
}
