package dk.servicelevel.report.archive;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;

/** An archived report in a format for people (HTML, PDF, CSV) and a language, filed with it and never changed. */
@Entity
@Immutable
public class ArchivedRendition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long archivedReportId;
    public String mediaType;
    /** The language it is worded in: da or en. */
    public String language;
    @Basic(fetch = FetchType.LAZY)
    public byte[] content;
    public String sha256;
}
