package dk.servicelevel.incident.web;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
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
import dk.servicelevel.api.web.FieldProblems;
import dk.servicelevel.api.web.Page;
import dk.servicelevel.api.web.PageLanguage;
import dk.servicelevel.incident.incident.Environment;
import dk.servicelevel.incident.incident.FaultLog;
import dk.servicelevel.incident.incident.Incident;
import dk.servicelevel.incident.incident.IncidentRequest;
import dk.servicelevel.incident.incident.IncidentState;
import dk.servicelevel.incident.incident.Layer;
import dk.servicelevel.incident.incident.StatusColour;
import dk.servicelevel.incident.incident.TransitionRequest;
import dk.servicelevel.incident.majorincident.MajorIncidentReport;
import dk.servicelevel.incident.system.SystemCatalogue;
import dk.servicelevel.rules.RuleViolationException;
import dk.servicelevel.rules.StaleVersionException;
import dk.servicelevel.rules.UnknownRecordException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/**
 * Registering an incident, and its page: the timeline where it is noted, updated, moved on and resolved, each change
 * one call of the fault log the API uses, and the incident report of a major incident.
 */
@Path("/drift/haendelser")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN })
public class IncidentPages {

    private static final int OK = Status.OK.getStatusCode();
    private static final int BAD_REQUEST = Status.BAD_REQUEST.getStatusCode();

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance register(List<Layer> layers, List<Environment> environments, List<StatusColour> colours,
                List<String> systems, IncidentForm form, FieldProblems problems);

        static native TemplateInstance incident(IncidentRow incident, String description, long version, List<TimelineLine> timeline,
                String now, Revision revision, IncidentEdit edit, Confirmation done);

        static native TemplateInstance majorReport(MajorIncidentReport report, String known, String restored);
    }

    private final FaultLog faultLog;
    private final SystemCatalogue systems;
    private final Validator validator;
    private final JsonWebToken token;
    private final ConsoleTime time;
    private final ConsoleConfig config;

    IncidentPages(FaultLog faultLog, SystemCatalogue systems, Validator validator, JsonWebToken token, ConsoleTime time,
            ConsoleConfig config) {
        this.faultLog = faultLog;
        this.systems = systems;
        this.validator = validator;
        this.token = token;
        this.time = time;
        this.config = config;
    }

    @GET
    @Path("ny")
    public Uni<Response> registerForm(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
        return registerPage(PageLanguage.of(lang, headers), IncidentForm.startingAt(time.nowTyped(), config), FieldProblems.none(), OK);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> register(@FormParam("systemCode") String systemCode, @FormParam("layer") Layer layer,
            @FormParam("environment") Environment environment, @FormParam("category") Integer category,
            @FormParam("statusColour") StatusColour colour, @FormParam("detectedAt") String detectedAt, @FormParam("title") String title,
            @FormParam("description") String description, @Context HttpHeaders headers) {
        Locale locale = PageLanguage.of(null, headers);
        IncidentForm typed = new IncidentForm(systemCode, name(layer), name(environment), category, name(colour), detectedAt, title,
                description);
        IncidentRequest request;
        try {
            request = IncidentRequest.detected(systemCode, layer, environment, category, colour, time.read(detectedAt), title, description);
        } catch (DateTimeParseException e) {
            return registerPage(locale, typed, FieldProblems.unreadable("detectedAt", locale), BAD_REQUEST);
        }
        Set<ConstraintViolation<IncidentRequest>> invalid = validator.validate(request);
        if (!invalid.isEmpty()) {
            return registerPage(locale, typed, FieldProblems.of(invalid, locale), BAD_REQUEST);
        }
        return faultLog.register(request, author())
                .map(incident -> backTo(incident.number, Confirmation.REGISTRERET))
                .onFailure(RuleViolationException.class).recoverWithUni(e -> registerPage(locale, typed,
                        FormRefusals.of(((RuleViolationException) e).violations(), "", locale), Refusals.UNPROCESSABLE));
    }

    @GET
    @Path("{id}")
    public Uni<Response> incident(@PathParam("id") String id, @QueryParam("besked") String done, @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        return incidentPage(id, PageLanguage.of(lang, headers), IncidentEdit.none(), OK, Confirmation.of(done));
    }

    @POST
    @Path("{id}/noter")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> note(@PathParam("id") String id, @FormParam("text") String text, @Context HttpHeaders headers) {
        Locale locale = PageLanguage.of(null, headers);
        IncidentEdit edit = IncidentEdit.of("note", "text", text);
        if (text == null || text.isBlank()) {
            return incidentPage(id, locale, edit.refusedFor(FieldProblems.missing("text", locale)), BAD_REQUEST, null);
        }
        return changed(id, locale, edit, faultLog.addNote(id, text, author()));
    }

    /** Updating: the colour, the category (with a reason once resolved) and the time of the first activity. */
    @POST
    @Path("{id}/opdater")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> update(@PathParam("id") String id, @FormParam("version") long version, @FormParam("statusColour") StatusColour colour,
            @FormParam("category") Integer category, @FormParam("acknowledgedAt") String acknowledgedAt, @FormParam("reason") String reason,
            @Context HttpHeaders headers) {
        Locale locale = PageLanguage.of(null, headers);
        IncidentEdit edit = IncidentEdit.of("update", "statusColour", name(colour), "category", category == null ? null : category.toString(),
                "acknowledgedAt", acknowledgedAt, "reason", reason);
        OffsetDateTime acknowledged;
        try {
            acknowledged = time.read(acknowledgedAt);
        } catch (DateTimeParseException e) {
            return incidentPage(id, locale, edit.refusedFor(FieldProblems.unreadable("acknowledgedAt", locale)), BAD_REQUEST, null);
        }
        return faultLog.get(id).chain(found -> {
            Incident i = found.incident();
            IncidentRequest revised = IncidentRequest.of(i).revised(category == null ? i.category : category,
                    colour == null ? i.statusColour : colour, acknowledged, reason);
            Set<ConstraintViolation<IncidentRequest>> invalid = validator.validate(revised);
            return invalid.isEmpty() ? changed(id, locale, edit, faultLog.update(id, version, revised, author()))
                    : incidentPage(id, locale, edit.refusedFor(FieldProblems.of(invalid, locale)), BAD_REQUEST, null);
        });
    }

    /** Moving the incident on (investigating, mitigated, closed) or reopening it, with a note for the timeline. */
    @POST
    @Path("{id}/tilstand")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> transition(@PathParam("id") String id, @FormParam("version") long version, @FormParam("state") IncidentState state,
            @FormParam("note") String note, @Context HttpHeaders headers) {
        Locale locale = PageLanguage.of(null, headers);
        IncidentEdit edit = IncidentEdit.of("transition", "nextState", name(state), "stateNote", note);
        if (state == null) {
            return incidentPage(id, locale, edit.refusedFor(FieldProblems.missing("nextState", locale)), BAD_REQUEST, null);
        }
        return changed(id, locale, edit, faultLog.transition(id, version, new TransitionRequest(state, note), author()));
    }

    /** Resolving: the restoration time, cause and handling are recorded and the incident moves to RESOLVED, all or nothing. */
    @POST
    @Path("{id}/loes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> resolve(@PathParam("id") String id, @FormParam("version") long version, @FormParam("restoredAt") String restoredAt,
            @FormParam("cause") String cause, @FormParam("handling") String handling, @FormParam("note") String note,
            @Context HttpHeaders headers) {
        Locale locale = PageLanguage.of(null, headers);
        IncidentEdit edit = IncidentEdit.of("resolve", "restoredAt", restoredAt, "cause", cause, "handling", handling, "resolution", note);
        Optional<OffsetDateTime> restored = time.given(restoredAt);
        if (restored.isEmpty()) {
            return incidentPage(id, locale, edit.refusedFor(FieldProblems.unreadable("restoredAt", locale)), BAD_REQUEST, null);
        }
        return changed(id, locale, edit, faultLog.resolve(id, version, incident -> IncidentRequest.of(incident)
                .restored(restored.get(), given(cause, incident.cause), given(handling, incident.handling)), note, author()));
    }

    /** The incident report of a major incident (seed 003) as a page. */
    @GET
    @Path("{id}/rapport")
    public Uni<Response> majorReport(@PathParam("id") String id, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Locale locale = PageLanguage.of(lang, headers);
        ConsoleTime.Shown shown = time.shownIn(locale);
        return faultLog.get(id).map(found -> {
            Incident incident = found.incident();
            if (!incident.isMajor()) {
                throw new UnknownRecordException(id + " is not a major incident");
            }
            return Page.render(Templates.majorReport(MajorIncidentReport.of(incident), shown.of(incident.knownAt),
                    shown.of(incident.restoredAt)), locale, OK);
        });
    }

    private Uni<Response> registerPage(Locale locale, IncidentForm form, FieldProblems problems, int status) {
        return systems.codes().map(codes -> Page.render(Templates.register(List.of(Layer.values()), List.of(Environment.values()),
                List.of(StatusColour.values()), codes, form, problems), locale, status));
    }

    private Uni<Response> incidentPage(String id, Locale locale, IncidentEdit edit, int status, Confirmation done) {
        ConsoleTime.Shown shown = time.shownIn(locale);
        ConsoleTexts texts = FormRefusals.texts(locale);
        Instant now = time.now();
        return faultLog.get(id).map(found -> Page.render(Templates.incident(IncidentRow.of(found.incident(), shown, now),
                found.incident().description, found.incident().version,
                found.timeline().stream().map(e -> TimelineLine.of(e, shown, texts)).toList(), time.nowTyped(),
                Revision.of(found.incident(), time), edit, done), locale, status));
    }

    /** Back to the incident's page once the change is made; that page with what was typed and why when it is refused. */
    private Uni<Response> changed(String id, Locale locale, IncidentEdit edit, Uni<?> change) {
        return change.map(done -> backTo(id, Confirmation.GEMT)).onFailure(Refusals::isRefusal)
                .recoverWithUni(e -> incidentPage(id, locale, refused(edit, e, locale), Refusals.status(e), null));
    }

    /** A refusal as the reader reads it: the rules next to the fields they blame, a change made meanwhile for the whole form. */
    private static IncidentEdit refused(IncidentEdit edit, Throwable refusal, Locale locale) {
        if (refusal instanceof RuleViolationException rules) {
            return edit.refusedFor(FormRefusals.of(rules.violations(), edit.form(), locale));
        }
        ConsoleTexts texts = FormRefusals.texts(locale);
        return edit.refusedBecause(refusal instanceof StaleVersionException ? texts.changedMeanwhile() : texts.notPossibleNow());
    }

    private static Response backTo(String id, Confirmation done) {
        return Response.seeOther(URI.create("/drift/haendelser/" + id + "?besked=" + done.written())).build();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String given(String entered, String before) {
        return entered == null || entered.isBlank() ? before : entered;
    }

    private String author() {
        return token.getName();
    }
}
