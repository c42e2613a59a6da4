package dk.servicelevel.booking.web;

import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dk.servicelevel.api.Roles;
import dk.servicelevel.api.web.Page;
import dk.servicelevel.api.web.PageLanguage;
import dk.servicelevel.booking.access.Caller;
import dk.servicelevel.rules.UnknownRecordException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/** A school's first page: the week's slots of a test with the seats left, to book a class in or move a booking to. */
@Path("/skole")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.SCHOOL)
public class WeekPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance week(WeekView week, String error, BookedBefore bookedBefore);
    }

    private final SchoolWeeks weeks;
    private final SchoolBookings bookings;
    private final JsonWebToken token;

    WeekPage(SchoolWeeks weeks, SchoolBookings bookings, JsonWebToken token) {
        this.weeks = weeks;
        this.bookings = bookings;
        this.token = token;
    }

    @GET
    @WithSession
    public Uni<Response> week(@QueryParam("test") String test, @QueryParam("date") String date, @QueryParam("flyt") Long moving,
            @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Locale locale = PageLanguage.of(lang, headers);
        Caller caller = Caller.of(token);
        return moving(caller, moving, locale).chain(booking -> weeks.of(caller, booking.map(BookingRow::test).orElse(test),
                weeks.dayAsked(date), locale, WeekView.Choice.NONE, booking.orElse(null)))
                .map(week -> Page.render(Templates.week(week, null, null), locale, Status.OK.getStatusCode()));
    }

    /** The booking being moved, when the week is shown to pick its new slot. */
    private Uni<Optional<BookingRow>> moving(Caller caller, Long id, Locale locale) {
        return id == null ? Uni.createFrom().item(Optional.empty())
                : bookings.coming(caller, locale).map(rows -> Optional.of(rows.stream().filter(row -> row.id() == id).findFirst()
                        .orElseThrow(() -> new UnknownRecordException("The school has no coming booking " + id))));
    }
}
