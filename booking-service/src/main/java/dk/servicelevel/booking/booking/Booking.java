package dk.servicelevel.booking.booking;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** Seats of a slot reserved by a school for a test of one of its classes. */
@Entity
public class Booking {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String institutionNumber;
    public String testCode;
    public Long classId;
    public Instant slotStart;
    public int seats;
    /** The booked pupils; empty when the whole class is booked. */
    @Convert(converter = PseudonymListConverter.class)
    public List<String> pupils;
    @Enumerated(EnumType.STRING)
    public BookingState state;
    public Instant createdAt;
    public String createdBy;
    public Instant cancelledAt;
    @Version
    public long version;
}
