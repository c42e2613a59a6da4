package dk.servicelevel.booking;

import dk.servicelevel.local.PostgresTestResource;
import dk.servicelevel.local.ServiceProcessTestResource;
import dk.servicelevel.local.SigningKeyTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Every test of this service runs against a throwaway PostgreSQL server, with fresh signing keys, and with the real
 * sla-service beside it to take the sessions' measurements. The tests' clock runs in the school year 2026-27, ahead
 * of sla-service's, so sla-service takes samples that far ahead.
 */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "booking"))
@WithTestResource(value = SigningKeyTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceProcessTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = { @ResourceArg(name = "service", value = "sla-service"), @ResourceArg(name = "database", value = "sla"),
                @ResourceArg(name = "env.MEASUREMENTS_ALLOWED_CLOCK_SKEW", value = "P500D") })
final class TestResources {

    private TestResources() {
    }
}
