package dk.servicelevel.incident.incident;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;

/** One entry of an incident's append-only timeline: what happened, by whom, when. */
@Entity
@Immutable
public class TimelineEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long incidentId;
    public Instant at;
    public String author;
    @Enumerated(EnumType.STRING)
    public TimelineKind kind;
    public String text;

    static TimelineEntry of(Incident incident, Instant at, String author, TimelineKind kind, String text) {
        TimelineEntry entry = new TimelineEntry();
        entry.incidentId = incident.id;
        entry.at = at;
        entry.author = author;
        entry.kind = kind;
        entry.text = text;
        return entry;
    }
}
