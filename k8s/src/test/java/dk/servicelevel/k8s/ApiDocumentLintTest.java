package dk.servicelevel.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The four API documents as their builds wrote them, linted by Redocly CLI (its version pinned in the parent pom,
 * fetched from the npm registry by npx) with the project's rules ({@code redocly.yaml}): no error and no warning.
 */
class ApiDocumentLintTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> SERVICES = List.of("incident-service", "sla-service", "booking-service", "report-service");
    private static final long MINUTES = 5;

    @Test
    void everyServicesDocumentPassesTheLintWithoutAWarning() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("npx", "--yes", "@redocly/cli@" + System.getProperty("redocly-cli.version"),
                "lint", "--config", ROOT.resolve("redocly.yaml").toString(), "--max-problems", "1000"));
        for (String service : SERVICES) {
            Path document = ROOT.resolve(service).resolve("target/openapi/openapi.yaml");
            assertThat(document).as("%s's document, written by its build", service).exists();
            command.add(document.toString());
        }
        Process lint = new ProcessBuilder(command).redirectErrorStream(true).start();
        String report = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lint.waitFor(MINUTES, TimeUnit.MINUTES)).as("the lint ended").isTrue();
        System.out.println(report);

        assertThat(lint.exitValue()).as(report).isZero();
        assertThat(report).contains("Your API descriptions are valid").doesNotContainPattern("You have \\d+ warnings?")
                .doesNotContainPattern("(?m)^\\[\\d+\\] ");
    }
}
