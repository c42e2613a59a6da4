package dk.servicelevel.booking.session;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A pupil registered as ill, which allows one more sitting of the test in the term it is registered in. */
@Entity
public class Illness {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String pupil;
    public String testCode;
    public LocalDate registeredOn;
    public String registeredBy;
}
