package dk.servicelevel.local;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Bearer tokens for the roles of the platform: {@code school} (with the school-id claim), {@code vendor-ops},
 * {@code ministry} and {@code admin}.
 */
public final class AccessTokens {

    public static final String SCHOOL_ROLE = "school";
    public static final String SCHOOL_ID_CLAIM = "schoolId";
    /** The audience of the users' tokens, which every service accepts (platform.audience). */
    public static final String PLATFORM_AUDIENCE = "servicelevel-platform";

    private AccessTokens() {
    }

    /** A token signed with the key and issuer that the running test's configuration names. */
    public static String forRole(String role) {
        return claims(role, role + "-user", null).sign();
    }

    /** A school's token, signed like {@link #forRole(String)}. */
    public static String forSchool(String schoolId) {
        return claims(SCHOOL_ROLE, "teacher-" + schoolId, schoolId).sign();
    }

    /** A token like {@link #forRole(String)} in every claim, but signed with a key that no service trusts. */
    public static String forgedForRole(String role) {
        return claims(role, role + "-user", null).sign(ForgingKey.KEY);
    }

    /** A token signed with the given key, for the local platform's {@code token} command and demo loader. */
    public static String sign(String role, String subject, String schoolId, String issuer, Duration lifetime,
            PrivateKey key) {
        return claims(role, subject, schoolId).issuer(issuer).expiresIn(lifetime).sign(key);
    }

    private static JwtClaimsBuilder claims(String role, String subject, String schoolId) {
        JwtClaimsBuilder claims = Jwt.subject(subject).upn(subject).groups(role).audience(PLATFORM_AUDIENCE);
        return schoolId == null ? claims : claims.claim(SCHOOL_ID_CLAIM, schoolId);
    }

    private static final class ForgingKey {
        private static final PrivateKey KEY = create();

        private static PrivateKey create() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return generator.generateKeyPair().getPrivate();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("RSA keys cannot be made here", e);
            }
        }
    }
}
