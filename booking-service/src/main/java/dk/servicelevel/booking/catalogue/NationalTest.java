package dk.servicelevel.booking.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;


/** A national IT-based test: a subject in a grade. */
@Entity
public class NationalTest {

    @Id
    public String code;
    public String subject;
    public int grade;
}
