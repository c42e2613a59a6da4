package dk.servicelevel.incident.security;

import static io.restassured.RestAssured.given;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dk.servicelevel.api.ServiceToken;
import dk.servicelevel.local.AccessTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;

/**
 * A token opens this service only if it is for it: a user's token (the platform's audience) or a service token made
 * for incident-service. A service token made for another service, or a token that names no audience, is refused.
 */
@QuarkusTest
class TokenAudienceTest {

    @Inject
    ServiceToken serviceToken;

    @Test
    void aServiceTokenOpensOnlyTheServiceItWasMadeFor() {
        given().auth().oauth2(serviceToken.current("incident-service").await().indefinitely()).get("/api/v1/incidents").then().statusCode(200);
        given().auth().oauth2(serviceToken.current("sla-service").await().indefinitely()).get("/api/v1/incidents").then().statusCode(401);
        given().auth().oauth2(serviceToken.current("report-service").await().indefinitely()).get("/api/v1/incidents").then().statusCode(401);
    }

    @Test
    void aUsersTokenIsForThePlatformAndATokenForNobodyOpensNothing() {
        given().auth().oauth2(AccessTokens.forRole("ministry")).get("/api/v1/incidents").then().statusCode(200);
        given().auth().oauth2(Jwt.subject("someone").upn("someone").groups("ministry").sign()).get("/api/v1/incidents")
                .then().statusCode(401);
    }
}
