package dk.servicelevel.incident.security;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import dk.servicelevel.api.ServiceToken;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * In a cluster a service obtains its service tokens from the OIDC provider by client credentials, one per callee
 * (asked for by its audience), and keeps each until shortly before it expires. The provider's token endpoint is
 * WireMock here.
 */
@QuarkusTest
@TestProfile(ServiceTokenFromProviderTest.FromProvider.class)
class ServiceTokenFromProviderTest {

    private static final String CLIENT = "incident-service";
    private static final String SECRET = "s3cret";
    private static WireMockServer provider;

    public static class FromProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("service-token.source", "oidc", "quarkus.oidc-client.client-enabled", "true",
                    "quarkus.oidc-client.discovery-enabled", "false", "quarkus.oidc-client.token-path", "/token",
                    "quarkus.oidc-client.client-id", CLIENT, "quarkus.oidc-client.credentials.secret", SECRET);
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(TokenEndpoint.class));
        }
    }

    /** The provider's token endpoint: a token per audience asked for, valid for five minutes. */
    public static class TokenEndpoint implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            provider = new WireMockServer(options().dynamicPort());
            provider.start();
            for (String callee : List.of("sla-service", "report-service")) {
                provider.stubFor(post(urlEqualTo("/token")).withRequestBody(containing("audience=" + callee))
                        .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(
                                "{\"access_token\": \"token-for-" + callee + "\", \"token_type\": \"Bearer\", \"expires_in\": 300}")));
            }
            return Map.of("quarkus.oidc-client.auth-server-url", provider.baseUrl());
        }

        @Override
        public void stop() {
            provider.stop();
        }
    }

    @Inject
    ServiceToken serviceToken;

    @Test
    void eachCalleesTokenComesFromTheProviderByClientCredentialsAndIsKeptUntilItIsDueForRenewal() {
        assertThat(serviceToken.current("sla-service").await().indefinitely()).isEqualTo("token-for-sla-service");
        assertThat(serviceToken.current("report-service").await().indefinitely()).isEqualTo("token-for-report-service");
        assertThat(serviceToken.current("sla-service").await().indefinitely()).isEqualTo("token-for-sla-service");

        String basic = "Basic " + Base64.getEncoder().encodeToString((CLIENT + ":" + SECRET).getBytes());
        provider.verify(1, postRequestedFor(urlEqualTo("/token")).withRequestBody(containing("grant_type=client_credentials"))
                .withRequestBody(containing("audience=sla-service")).withHeader("Authorization", equalTo(basic)));
        provider.verify(1, postRequestedFor(urlEqualTo("/token")).withRequestBody(containing("audience=report-service")));
    }
}
