package dk.servicelevel.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dk.servicelevel.local.ConsumerContract;
import dk.servicelevel.report.source.BookingServiceClient;
import dk.servicelevel.report.source.IncidentServiceClient;
import dk.servicelevel.report.source.SlaServiceClient;

/**
 * report-service's REST clients of other services against the documents those services published (docs/api/): every call
 * is an operation there with the parameters it sends, and every field it reads is in the answer's schema.
 */
class ProviderDocumentsTest {

    @Test
    void theClientsOfOtherServicesKeepToThePublishedDocuments() {
        assertThat(ConsumerContract.ofPublished("sla-service").violations(SlaServiceClient.class)).as("SlaServiceClient against sla-service's document").isEmpty();
        assertThat(ConsumerContract.ofPublished("incident-service").violations(IncidentServiceClient.class)).as("IncidentServiceClient against incident-service's document").isEmpty();
        assertThat(ConsumerContract.ofPublished("booking-service").violations(BookingServiceClient.class)).as("BookingServiceClient against booking-service's document").isEmpty();
    }
}
