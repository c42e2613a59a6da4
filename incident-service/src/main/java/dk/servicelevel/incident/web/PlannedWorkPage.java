package dk.servicelevel.incident.web;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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
import dk.servicelevel.api.web.FieldProblems;
import dk.servicelevel.api.web.Page;
import dk.servicelevel.api.web.PageLanguage;
import dk.servicelevel.incident.change.ChangeLog;
import dk.servicelevel.incident.servicewindow.AgreedNotice;
import dk.servicelevel.incident.servicewindow.ServiceWindowRequest;
import dk.servicelevel.incident.servicewindow.ServiceWindowSchedule;
import dk.servicelevel.incident.system.SystemCatalogue;
import dk.servicelevel.rules.RuleViolationException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/** A system's service windows and changes in a month, and announcing a service window, warned when the notice is short. */
@Path("/drift/planlagt")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN })
public class PlannedWorkPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance planned(String system, String month, List<PlannedWork> entries, ServiceWindowForm form,
                FieldProblems problems, Duration shortNotice, List<String> systems);
    }

    private final ServiceWindowSchedule serviceWindows;
    private final ChangeLog changes;
    private final AgreedNotice agreedNotice;
    private final SystemCatalogue systems;
    private final Validator validator;
    private final JsonWebToken token;
    private final ConsoleTime time;
    private final ConsoleConfig config;

    PlannedWorkPage(ServiceWindowSchedule serviceWindows, ChangeLog changes, AgreedNotice agreedNotice, SystemCatalogue systems,
            Validator validator, JsonWebToken token, ConsoleTime time, ConsoleConfig config) {
        this.serviceWindows = serviceWindows;
        this.changes = changes;
        this.agreedNotice = agreedNotice;
        this.systems = systems;
        this.validator = validator;
        this.token = token;
        this.time = time;
        this.config = config;
    }

    @GET
    public Uni<Response> planned(@QueryParam("system") String system, @QueryParam("month") String month, @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        String shown = systemOrDefault(system);
        return page(shown, time.month(month), PageLanguage.of(lang, headers), new ServiceWindowForm(shown, "", "", "", time.nowTyped()),
                FieldProblems.none(), null, Status.OK.getStatusCode());
    }

    @POST
    @Path("servicevinduer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> announce(@FormParam("systemCode") String systemCode, @FormParam("startAt") String startAt,
            @FormParam("endAt") String endAt, @FormParam("purpose") String purpose, @FormParam("announcedAt") String announcedAt,
            @FormParam("again") @DefaultValue("false") boolean again, @Context HttpHeaders headers) {
        Locale locale = PageLanguage.of(null, headers);
        String system = systemOrDefault(systemCode);
        ServiceWindowForm typed = new ServiceWindowForm(systemCode, startAt, endAt, purpose, announcedAt);
        ServiceWindowRequest request;
        try {
            request = new ServiceWindowRequest(systemCode, time.read(startAt), time.read(endAt), purpose, time.read(announcedAt));
        } catch (DateTimeParseException e) {
            return page(system, time.month(null), locale, typed, FieldProblems.unreadable(unreadable(e, startAt, endAt), locale), null,
                    Status.BAD_REQUEST.getStatusCode());
        }
        YearMonth month = request.startAt() == null ? time.month(null) : time.monthOf(request.startAt());
        Set<ConstraintViolation<ServiceWindowRequest>> invalid = validator.validate(request);
        if (!invalid.isEmpty()) {
            return page(system, month, locale, typed, FieldProblems.of(invalid, locale), null, Status.BAD_REQUEST.getStatusCode());
        }
        return noticeShortOf(request, again).chain(agreed -> agreed.isPresent()
                ? page(system, month, locale, typed, FieldProblems.none(), agreed.get(), Status.CONFLICT.getStatusCode())
                : announced(request, system, month, locale, typed));
    }

    /** The notice the contract asks, when the window is announced with less and the operator has not said to go on. */
    private Uni<Optional<Duration>> noticeShortOf(ServiceWindowRequest request, boolean again) {
        Instant start = request.startAt().toInstant();
        Instant announced = request.announcedAt().toInstant();
        return again ? Uni.createFrom().item(Optional.empty())
                : agreedNotice.before(request.systemCode(), start).map(notice -> notice.filter(n -> announced.isAfter(start.minus(n))));
    }

    private Uni<Response> announced(ServiceWindowRequest request, String system, YearMonth month, Locale locale, ServiceWindowForm typed) {
        return serviceWindows.announce(request, token.getName())
                .map(window -> Response.seeOther(URI.create("/drift/planlagt?system=" + window.systemCode + "&month=" + month)).build())
                .onFailure(RuleViolationException.class).recoverWithUni(e -> page(system, month, locale, typed,
                        FormRefusals.of(((RuleViolationException) e).violations(), "", locale), null, Refusals.UNPROCESSABLE));
    }

    /** Which of the form's times could not be read. */
    private static String unreadable(DateTimeParseException e, String startAt, String endAt) {
        return e.getParsedString().equals(startAt) ? "startAt" : e.getParsedString().equals(endAt) ? "endAt" : "announcedAt";
    }

    private String systemOrDefault(String system) {
        return system == null || system.isBlank() ? config.defaultSystem() : system;
    }

    private Uni<Response> page(String system, YearMonth month, Locale locale, ServiceWindowForm form, FieldProblems problems,
            Duration shortNotice, int status) {
        Instant from = time.startOf(month);
        Instant to = time.startOf(month.plusMonths(1));
        ConsoleTime.Shown shown = time.shownIn(locale);
        return serviceWindows.overlapping(system, from, to).chain(windows -> changes.overlapping(system, from, to)
                .chain(changed -> systems.codes().map(codes -> {
                    List<PlannedWork> entries = Stream.concat(windows.stream().map(w -> PlannedWork.of(w, shown)),
                            changed.stream().map(c -> PlannedWork.of(c, shown))).toList();
                    return Page.render(Templates.planned(system, month.toString(), entries, form, problems, shortNotice, codes), locale,
                            status);
                })));
    }
}
