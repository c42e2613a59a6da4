package dk.servicelevel.booking.schoolclass;

import java.util.List;

/** A class of a school and its pupils' pseudonyms, in order. */
public record ClassRoster(long id, String institutionNumber, String name, int grade, List<String> pupils) {
}
