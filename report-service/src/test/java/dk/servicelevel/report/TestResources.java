package dk.servicelevel.report;

import dk.servicelevel.local.PlatformTestResource;
import dk.servicelevel.local.PostgresTestResource;
import dk.servicelevel.local.SigningKeyTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Every test of this service runs against a throwaway PostgreSQL server, with fresh signing keys, and with the real
 * incident-service, sla-service and booking-service beside it, loaded with the demo month (October 2026).
 */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "report"))
@WithTestResource(value = SigningKeyTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
final class TestResources {

    private TestResources() {
    }
}
