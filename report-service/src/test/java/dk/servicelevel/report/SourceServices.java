package dk.servicelevel.report;

import static io.restassured.RestAssured.given;

import java.net.URI;

import dk.servicelevel.local.AccessTokens;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.restassured.specification.RequestSpecification;

/** How the tests ask the services the reports read for their own figures, to compare them with the reports'. */
public final class SourceServices {

    /** Decimals read exactly, as the services write them (100.000 stays 100.000). */
    public static final RestAssuredConfig DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.BIG_DECIMAL));

    private SourceServices() {
    }

    /** A request to the service at the address, as the ministry. */
    public static RequestSpecification asMinistry(String service) {
        URI uri = URI.create(service);
        return given().config(DECIMALS).baseUri(uri.getScheme() + "://" + uri.getHost()).port(uri.getPort())
                .auth().oauth2(AccessTokens.forRole("ministry"));
    }
}
