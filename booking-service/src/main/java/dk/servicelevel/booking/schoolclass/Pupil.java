package dk.servicelevel.booking.schoolclass;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;


/** A pupil, known by a pseudonymous id only. */
@Entity
public class Pupil {

    @Id
    public String pseudonym;
    public String institutionNumber;
    public Long classId;
}
