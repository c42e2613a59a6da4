package dk.servicelevel.sla;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dk.servicelevel.local.ConsumerContract;
import dk.servicelevel.sla.incidents.IncidentServiceClient;

/**
 * sla-service's REST clients of other services against the documents those services published (docs/api/): every call
 * is an operation there with the parameters it sends, and every field it reads is in the answer's schema.
 */
class ProviderDocumentsTest {

    @Test
    void theClientsOfOtherServicesKeepToThePublishedDocuments() {
        assertThat(ConsumerContract.ofPublished("incident-service").violations(IncidentServiceClient.class)).as("IncidentServiceClient against incident-service's document").isEmpty();
    }
}
