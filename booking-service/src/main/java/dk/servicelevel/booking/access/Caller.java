package dk.servicelevel.booking.access;

import java.util.Optional;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dk.servicelevel.api.Roles;
import dk.servicelevel.rules.AccessRefusedException;

/**
 * Who is calling: a school sees and changes only its own school's data, named by the school-id claim of its
 * token; operations staff and administrators see every school's.
 */
public record Caller(String subject, Optional<String> schoolId) {

    public static Caller of(JsonWebToken token) {
        boolean school = token.getGroups().contains(Roles.SCHOOL);
        Optional<String> claim = school ? Optional.ofNullable(token.getClaim(Roles.SCHOOL_ID_CLAIM)) : Optional.empty();
        if (school && claim.isEmpty()) {
            throw new AccessRefusedException("A school's token must carry the claim " + Roles.SCHOOL_ID_CLAIM);
        }
        return new Caller(token.getName(), claim);
    }

    public boolean isSchool() {
        return schoolId.isPresent();
    }

    /** Fails with 403 when a school asks for another school's data. */
    public void checkMayAccess(String institutionNumber) {
        if (schoolId.isPresent() && !schoolId.get().equals(institutionNumber)) {
            throw new AccessRefusedException("A school may only see its own data");
        }
    }
}
