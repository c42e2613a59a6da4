package dk.servicelevel.booking.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dk.servicelevel.api.Refusals;
import dk.servicelevel.api.Roles;
import dk.servicelevel.api.web.Page;
import dk.servicelevel.api.web.PageLanguage;
import dk.servicelevel.booking.access.Caller;
import dk.servicelevel.booking.booking.Booking;
import dk.servicelevel.booking.booking.BookingLedger;
import dk.servicelevel.booking.booking.BookingRequest;
import dk.servicelevel.booking.slot.SlotBoard;
import dk.servicelevel.booking.web.WeekView.Choice;
import dk.servicelevel.rules.UnknownRecordException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/**
 * A school's bookings: booking a class in a slot of the week page, and the coming bookings with moving and
 * cancelling. Every change is one call of the ledger the API uses; a refusal is shown with its reason.
 */
@Path("/skole/bookinger")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.SCHOOL)
public class BookingsPage {

    private static final int OK = Status.OK.getStatusCode();
    private static final int CONFLICT = Status.CONFLICT.getStatusCode();

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance bookings(List<BookingRow> bookings, String notice, String error);

        static native TemplateInstance cancel(BookingRow booking);
    }

    private final BookingLedger ledger;
    private final SchoolBookings bookings;
    private final SchoolWeeks weeks;
    private final SlotBoard slots;
    private final JsonWebToken token;

    BookingsPage(BookingLedger ledger, SchoolBookings bookings, SchoolWeeks weeks, SlotBoard slots, JsonWebToken token) {
        this.ledger = ledger;
        this.bookings = bookings;
        this.weeks = weeks;
        this.slots = slots;
        this.token = token;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> book(@FormParam("test") String test, @FormParam("classId") Long classId, @FormParam("slotStart") String slotStart,
            @FormParam("date") String date, @FormParam("again") @DefaultValue("false") boolean again, @Context HttpHeaders headers) {
        Locale locale = PageLanguage.of(null, headers);
        Choice choice = new Choice(classId, slotStart);
        Optional<Instant> chosen = instant(slotStart);
        if (chosen.isEmpty() || classId == null) {
            return refusedBooking(test, weeks.dayAsked(date), choice, locale, Refusal.ofForm(Refusal.texts(locale).chooseSlotAndClass()));
        }
        Instant start = chosen.get();
        LocalDate day = start.atZone(slots.zone()).toLocalDate();
        return Panache.withSession(() -> bookings.of(caller(), test, classId, locale)).chain(before -> before.isPresent() && !again
                ? Panache.withSession(() -> weeks.of(caller(), test, day, locale, choice, null))
                        .map(week -> Page.render(WeekPage.Templates.week(week, null, before.get()), locale, CONFLICT))
                : ledger.book(caller(), new BookingRequest(test, classId, start.atZone(slots.zone()).toOffsetDateTime(), List.of()))
                        .map(booking -> Response.seeOther(URI.create("/skole/bookinger?notice=booked")).build())
                        .onFailure(Refusals::isRefusal)
                        .recoverWithUni(failure -> refusedBooking(test, day, choice, locale, Refusal.of(failure, locale))));
    }

    @GET
    @WithSession
    public Uni<Response> list(@QueryParam("notice") String notice, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Locale locale = PageLanguage.of(lang, headers);
        return bookings.coming(caller(), locale).map(rows -> Page.render(Templates.bookings(rows, notice, null), locale, OK));
    }

    @GET
    @Path("{id}/aflys")
    @WithSession
    public Uni<Response> cancelling(@PathParam("id") long id, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Locale locale = PageLanguage.of(lang, headers);
        return bookings.coming(caller(), locale)
                .map(rows -> rows.stream().filter(row -> row.id() == id).findFirst()
                        .orElseThrow(() -> new UnknownRecordException("The school has no coming booking " + id)))
                .map(row -> Page.render(Templates.cancel(row), locale, OK));
    }

    @POST
    @Path("{id}/aflys")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> cancel(@PathParam("id") long id, @FormParam("version") long version, @Context HttpHeaders headers) {
        return changed(ledger.cancel(caller(), id, version), "cancelled", PageLanguage.of(null, headers));
    }

    @POST
    @Path("{id}/flyt")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> move(@PathParam("id") long id, @FormParam("version") long version, @FormParam("slotStart") String slotStart,
            @Context HttpHeaders headers) {
        Locale locale = PageLanguage.of(null, headers);
        Optional<Instant> chosen = instant(slotStart).or(() -> localInstant(slotStart));
        if (chosen.isEmpty()) {
            return refusedChange(locale, Refusal.ofForm(Refusal.texts(locale).giveNewSlot()));
        }
        Instant start = chosen.get();
        return changed(ledger.get(caller(), id).chain(booking -> ledger.move(caller(), id, version, new BookingRequest(booking.testCode,
                booking.classId, start.atZone(slots.zone()).toOffsetDateTime(), booking.pupils))), "moved", locale);
    }

    private Uni<Response> changed(Uni<Booking> change, String notice, Locale locale) {
        return change.map(done -> Response.seeOther(URI.create("/skole/bookinger?notice=" + notice)).build())
                .onFailure(Refusals::isRefusal).recoverWithUni(failure -> refusedChange(locale, Refusal.of(failure, locale)));
    }

    private Uni<Response> refusedBooking(String test, LocalDate day, Choice choice, Locale locale, Refusal refusal) {
        return Panache.withSession(() -> weeks.of(caller(), test, day, locale, choice, null))
                .map(week -> Page.render(WeekPage.Templates.week(week, refusal.reason(), null), locale, refusal.status()));
    }

    private Uni<Response> refusedChange(Locale locale, Refusal refusal) {
        return Panache.withSession(() -> bookings.coming(caller(), locale))
                .map(rows -> Page.render(Templates.bookings(rows, null, refusal.reason()), locale, refusal.status()));
    }

    private Caller caller() {
        return Caller.of(token);
    }

    /** A slot's start as the week page sends it. */
    private static Optional<Instant> instant(String slotStart) {
        try {
            return Optional.ofNullable(slotStart).map(Instant::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A slot's start as a date-time field writes it, in the slots' zone. */
    private Optional<Instant> localInstant(String slotStart) {
        try {
            return Optional.ofNullable(slotStart).map(local -> LocalDateTime.parse(local).atZone(slots.zone()).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
