package dk.servicelevel.booking.catalogue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A national test in the catalogue")
public record NationalTestRequest(
        @Schema(example = "DANISH-READING-4") @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,39}", message = "must be 2 to 40 upper-case letters, digits or hyphens") String code,
        @Schema(example = "Danish, reading") @NotBlank @Size(max = 100) String subject,
        @Schema(example = "4") @NotNull @Min(0) @Max(10) Integer grade) {

    NationalTest toTest() {
        NationalTest test = new NationalTest();
        test.code = code;
        test.subject = subject;
        test.grade = grade;
        return test;
    }
}
