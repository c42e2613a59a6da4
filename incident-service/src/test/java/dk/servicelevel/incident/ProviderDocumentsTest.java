package dk.servicelevel.incident;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dk.servicelevel.local.ConsumerContract;
import dk.servicelevel.incident.system.SlaServiceClient;

/**
 * incident-service's REST clients of other services against the documents those services published (docs/api/): every call
 * is an operation there with the parameters it sends, and every field it reads is in the answer's schema.
 */
class ProviderDocumentsTest {

    @Test
    void theClientsOfOtherServicesKeepToThePublishedDocuments() {
        assertThat(ConsumerContract.ofPublished("sla-service").violations(SlaServiceClient.class)).as("SlaServiceClient against sla-service's document").isEmpty();
    }
}
