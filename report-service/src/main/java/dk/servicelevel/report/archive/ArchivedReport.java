package dk.servicelevel.report.archive;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;

/** One version of a generated report, as filed (its figures as JSON): never changed, only followed by newer versions. */
@Entity
@Immutable
public class ArchivedReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String kind;
    /** The month reported on, as YYYY-MM. */
    public String period;
    public int reportVersion;
    public String mediaType;
    @Basic(fetch = FetchType.LAZY)
    public byte[] content;
    public String sha256;
    public Instant generatedAt;
    public String generatedBy;
    /** The records the report was made from with their versions, as a JSON object. */
    public String sourceVersions;
}
