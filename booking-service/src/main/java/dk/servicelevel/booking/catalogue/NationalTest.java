package dk.servicelevel.booking.catalogue;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A national IT-based test: a subject in a grade, named in Danish (and English), and the weeks it is taken in. */
@Entity
public class NationalTest {

    @Id
    public String code;
    public String subject;
    public String subjectEn;
    public int grade;
    /** The first day of the weeks the ministry's test plan sets for the test; absent when it sets none. */
    public LocalDate windowOpens;
    public LocalDate windowCloses;

    /** The subject as a reader of the language names it: the Danish name unless English is asked for and known. */
    public String subjectIn(String language) {
        return "en".equals(language) && subjectEn != null ? subjectEn : subject;
    }

    /** Whether the test plan sets weeks for the test and the days from and to (both included) lie wholly outside them. */
    public boolean windowMisses(LocalDate from, LocalDate to) {
        return windowOpens != null && (to.isBefore(windowOpens) || from.isAfter(windowCloses));
    }
}
