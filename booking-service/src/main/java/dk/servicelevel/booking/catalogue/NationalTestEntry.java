package dk.servicelevel.booking.catalogue;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A national test in the catalogue")
public record NationalTestEntry(
        @Schema(example = "DANISH-READING-4") @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,39}", message = "must be 2 to 40 upper-case letters, digits or hyphens") String code,
        @Schema(description = "The subject in Danish, as schools read it", example = "Dansk, læsning") @NotBlank @Size(max = 100) String subject,
        @Schema(description = "The subject in English; absent: the Danish name is shown", example = "Danish, reading") @Size(max = 100) String subjectEn,
        @Schema(example = "4") @NotNull @Min(0) @Max(10) Integer grade,
        @Schema(description = "The first day of the weeks the test plan sets for the test; with windowCloses, or neither", example = "2027-05-03")
        LocalDate windowOpens,
        @Schema(description = "The last day of those weeks", example = "2027-05-28") LocalDate windowCloses) {

    /** The test plan's weeks are given whole (both days) and in order, or not at all; else the field that is wrong. */
    Optional<String> windowProblem() {
        if ((windowOpens == null) != (windowCloses == null)) {
            return Optional.of(windowOpens == null ? "windowOpens" : "windowCloses");
        }
        return windowOpens != null && windowCloses.isBefore(windowOpens) ? Optional.of("windowCloses") : Optional.empty();
    }

    static NationalTestEntry of(NationalTest test) {
        return new NationalTestEntry(test.code, test.subject, test.subjectEn, test.grade, test.windowOpens, test.windowCloses);
    }

    NationalTest toTest() {
        NationalTest test = new NationalTest();
        test.code = code;
        test.subject = subject;
        test.subjectEn = subjectEn;
        test.grade = grade;
        test.windowOpens = windowOpens;
        test.windowCloses = windowCloses;
        return test;
    }
}
