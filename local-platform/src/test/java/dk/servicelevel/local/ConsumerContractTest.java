package dk.servicelevel.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class ConsumerContractTest {

    /** A consumer of sla-service's catalogue, as a service of this project would write its REST client. */
    @Path("/api/v1")
    interface Catalogue {

        @GET
        @Path("systems")
        List<SystemRecord> systems();

        @GET
        @Path("slas/{slaId}/availability")
        Object availability(@PathParam("slaId") String id, @QueryParam("month") String month);
    }

    record SystemRecord(String code, String name) {
    }

    interface Mistaken {

        @GET
        @Path("/api/v1/systems")
        List<SystemRecord> systems(@QueryParam("vendor") String vendor);

        @GET
        @Path("/api/v1/no-such-thing")
        List<SystemRecord> nothing();
    }

    private final ObjectNode document = published("sla-service");

    @Test
    void aClientThatKeepsToTheDocumentHasNoViolations() {
        assertThat(new ConsumerContract(document).violations(Catalogue.class)).isEmpty();
    }

    @Test
    void aFieldTheProviderRenamedIsAViolationNamingIt() {
        ObjectNode properties = (ObjectNode) document.at("/components/schemas/SystemResponse/properties");
        properties.set("title", properties.remove("name"));

        assertThat(new ConsumerContract(document).violations(Catalogue.class)).singleElement().asString()
                .contains("Catalogue.systems").contains("the field name of SystemRecord");
    }

    @Test
    void aParameterOrOperationTheProviderDoesNotHaveIsAViolation() {
        assertThat(new ConsumerContract(document).violations(Mistaken.class)).hasSize(2)
                .anySatisfy(violation -> assertThat(violation).contains("query parameter vendor"))
                .anySatisfy(violation -> assertThat(violation).contains("/api/v1/no-such-thing").contains("has no such operation"));
    }

    private static ObjectNode published(String service) {
        try {
            return (ObjectNode) new ObjectMapper().readTree(new File("../docs/api/" + service + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
