package dk.servicelevel.booking.schoolclass;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A class of a school with its pupils' pseudonymous ids")
public record ClassResponse(long id, String institutionNumber, String name, int grade, List<String> pupils) {

    static ClassResponse of(ClassRoster roster) {
        return new ClassResponse(roster.id(), roster.institutionNumber(), roster.name(), roster.grade(), roster.pupils());
    }
}
