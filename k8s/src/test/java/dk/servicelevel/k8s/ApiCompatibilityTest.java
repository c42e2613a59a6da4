package dk.servicelevel.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.output.MarkdownRender;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Each service's API document as built against the one its last release published, committed in docs/api/: a change
 * that breaks a client generated from the published document (openapi-diff: an operation removed, a type changed, a
 * new required input; and any field dropped from an answer) fails the build, unless the new document's major version
 * says it is a new API.
 */
class ApiCompatibilityTest {

    private static final List<String> SERVICES = List.of("incident-service", "sla-service", "booking-service", "report-service");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyServicesDocumentKeepsWhatItsLastReleasePromised() throws IOException {
        List<String> broken = new ArrayList<>();
        for (String service : SERVICES) {
            String published = Files.readString(published(service));
            String built = Files.readString(built(service));
            ChangedOpenApi diff = OpenApiCompare.fromContents(published, built);
            if (breaks(diff) && majorVersion(published).equals(majorVersion(built))) {
                broken.add(service + ", against docs/api/" + service + ".json: " + removedAnswerFields(diff) + "\n" + markdown(diff));
            }
        }

        assertThat(broken).as("breaking changes without a new major version").isEmpty();
    }

    @Test
    void aFieldRemovedFromAnAnswerOrAnOperationRemovedIsABreakingChange() throws IOException {
        String published = Files.readString(published("booking-service"));
        ObjectNode withoutField = (ObjectNode) JSON.readTree(published);
        ((ObjectNode) withoutField.at("/components/schemas/BookingResponse/properties")).remove("slotStart");
        ObjectNode withoutOperation = (ObjectNode) JSON.readTree(published);
        ((ObjectNode) withoutOperation.at("/paths")).remove("/api/v1/slots");

        assertThat(breaks(OpenApiCompare.fromContents(published, published))).isFalse();
        ChangedOpenApi fieldRemoved = OpenApiCompare.fromContents(published, withoutField.toString());
        assertThat(breaks(fieldRemoved)).as("slotStart removed").isTrue();
        assertThat(removedAnswerFields(fieldRemoved)).contains("GET /api/v1/bookings/{id} 200: slotStart");
        assertThat(breaks(OpenApiCompare.fromContents(published, withoutOperation.toString()))).as("/api/v1/slots removed").isTrue();
    }

    /**
     * Whether the change breaks a client. openapi-diff counts a field dropped from an answer only when the field was
     * marked required, and these documents mark no answer's field required (most can be absent in some state); a
     * client reads them all the same, so any field dropped from an answer breaks it here.
     */
    private static boolean breaks(ChangedOpenApi diff) {
        return diff.isIncompatible() || !removedAnswerFields(diff).isEmpty();
    }

    /** Each field dropped from an answer, as {@code METHOD path status: field}. */
    private static List<String> removedAnswerFields(ChangedOpenApi diff) {
        List<String> removed = new ArrayList<>();
        for (ChangedOperation operation : diff.getChangedOperations()) {
            if (operation.getApiResponses() == null) {
                continue;
            }
            operation.getApiResponses().getChanged().forEach((status, response) -> {
                if (response.getContent() != null) {
                    response.getContent().getChanged().values().forEach(media -> removedFields(media.getSchema(),
                            operation.getHttpMethod() + " " + operation.getPathUrl() + " " + status + ": ", removed));
                }
            });
        }
        return removed;
    }

    private static void removedFields(ChangedSchema schema, String where, List<String> removed) {
        if (schema == null) {
            return;
        }
        schema.getMissingProperties().keySet().forEach(field -> removed.add(where + field));
        schema.getChangedProperties().forEach((field, changed) -> removedFields(changed, where + field + ".", removed));
        removedFields(schema.getItems(), where, removed);
    }

    private static Path published(String service) {
        return Path.of("..", "docs", "api", service + ".json");
    }

    private static Path built(String service) {
        return Path.of("..", service, "target", "openapi", "openapi.json");
    }

    private static String majorVersion(String document) throws IOException {
        JsonNode version = JSON.readTree(document).path("info").path("version");
        return version.asText().split("\\.")[0];
    }

    private static String markdown(ChangedOpenApi diff) {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        new MarkdownRender().render(diff, new OutputStreamWriter(text, StandardCharsets.UTF_8));
        return text.toString(StandardCharsets.UTF_8);
    }
}
