package dk.servicelevel.load;

import java.security.PrivateKey;
import java.time.Duration;

import dk.servicelevel.local.AccessTokens;
import dk.servicelevel.local.SigningKeys;

/**
 * The generator's bearer tokens: signed with the local platform's key for each role and school, or one token given
 * for every call (an environment with its own identity provider).
 */
final class Credentials {

    private static final String SUBJECT = "load-generator";
    private static final Duration SPARE_LIFETIME = Duration.ofHours(1);

    private final LoadSettings settings;
    private final PrivateKey key;
    private final Duration lifetime;

    Credentials(LoadSettings settings) {
        this.settings = settings;
        this.key = settings.token().isPresent() ? null : SigningKeys.in(settings.keyDirectory().orElseThrow()).privateKey();
        this.lifetime = settings.duration().plus(settings.rushSpread()).plus(SPARE_LIFETIME);
    }

    /** A token of one of the platform's roles: admin, vendor-ops or ministry. */
    String of(String role) {
        return settings.token().orElseGet(() -> AccessTokens.sign(role, SUBJECT, null, settings.issuer(), lifetime, key));
    }

    /** A token of a school, which sees and books only its own classes. */
    String ofSchool(String institutionNumber) {
        return settings.token().orElseGet(() -> AccessTokens.sign(AccessTokens.SCHOOL_ROLE, SUBJECT + "-" + institutionNumber,
                institutionNumber, settings.issuer(), lifetime, key));
    }
}
