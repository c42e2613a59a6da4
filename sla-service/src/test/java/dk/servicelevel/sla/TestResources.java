package dk.servicelevel.sla;

import dk.servicelevel.local.PostgresTestResource;
import dk.servicelevel.local.ServiceProcessTestResource;
import dk.servicelevel.local.SigningKeyTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Every test of this service runs against a throwaway PostgreSQL server, with fresh signing keys, and with the real
 * incident-service running beside it.
 */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "sla"))
@WithTestResource(value = SigningKeyTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceProcessTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = { @ResourceArg(name = "service", value = "incident-service"), @ResourceArg(name = "database", value = "incident") })
final class TestResources {

    private TestResources() {
    }
}
