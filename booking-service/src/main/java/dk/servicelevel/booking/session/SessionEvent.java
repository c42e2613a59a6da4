package dk.servicelevel.booking.session;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page view or an answer in a session: the hits of the usage report. */
@Entity
public class SessionEvent {

    @Schema(name = "SessionEventKind")
    public enum Kind {
        PAGE_VIEW,
        ANSWER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long sessionId;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    public Instant at;
}
