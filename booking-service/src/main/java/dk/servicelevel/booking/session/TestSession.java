package dk.servicelevel.booking.session;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A pupil's sitting of a test. */
@Entity
public class TestSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String pupil;
    public String testCode;
    public String institutionNumber;
    public Instant slotStart;
    @Enumerated(EnumType.STRING)
    public UserClass userClass;
    public Long bookingId;
    @Enumerated(EnumType.STRING)
    public SessionState state;
    public Instant startedAt;
    public Instant endedAt;
    /** The Idempotency-Key the session was ended with, if any. */
    public String endKey;
    @Version
    public long version;
}
