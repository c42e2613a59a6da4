package dk.servicelevel.booking.school;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A registered school")
public record SchoolResponse(
        @Schema(example = "280010") String institutionNumber,
        @Schema(example = "Nørre Fælled Skole") String name,
        @Schema(example = "København") String municipality,
        Instant createdAt,
        long version) {

    static SchoolResponse of(School school) {
        return new SchoolResponse(school.institutionNumber, school.name, school.municipality, school.createdAt,
                school.version);
    }
}
