package dk.servicelevel.incident.web;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dk.servicelevel.api.Refusals;
import dk.servicelevel.api.Roles;
import dk.servicelevel.api.web.FieldProblems;
import dk.servicelevel.api.web.Page;
import dk.servicelevel.api.web.PageLanguage;
import dk.servicelevel.incident.change.ChangeLog;
import dk.servicelevel.incident.change.SystemChange;
import dk.servicelevel.incident.incident.Environment;
import dk.servicelevel.incident.incident.FaultLog;
import dk.servicelevel.incident.incident.Incident;
import dk.servicelevel.incident.incident.IncidentRequest;
import dk.servicelevel.incident.incident.IncidentState;
import dk.servicelevel.incident.incident.Layer;
import dk.servicelevel.incident.incident.ResponseDeadlines;
import dk.servicelevel.incident.incident.StatusColour;
import dk.servicelevel.incident.incident.TimelineEntry;
import dk.servicelevel.incident.incident.TransitionRequest;
import dk.servicelevel.incident.majorincident.MajorIncidentReport;
import dk.servicelevel.incident.servicewindow.AgreedNotice;
import dk.servicelevel.incident.servicewindow.ServiceWindow;
import dk.servicelevel.incident.servicewindow.ServiceWindowRequest;
import dk.servicelevel.incident.servicewindow.ServiceWindowSchedule;
import dk.servicelevel.incident.system.SystemCatalogue;
import dk.servicelevel.rules.RuleViolationException;
import dk.servicelevel.rules.Violation;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.smallrye.mutiny.Uni;

/**
 * The operations console: the open incidents with their colour and response deadlines, registering one, its page
 * with the timeline where it is noted and resolved, and the month's service windows and changes of a system.
 */
@Path("/drift")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN })
public class OperationsConsole {

    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    /** How the fault log writes a change of state: "REGISTERED → INVESTIGATING", then the note if any. */
    private static final Pattern TRANSITION = Pattern.compile("([A-Z_]+) → ([A-Z_]+)(.*)", Pattern.DOTALL);
    private static final Pattern CATEGORY_CHANGE = Pattern.compile("Category (\\d) → (\\d)(.*)", Pattern.DOTALL);
    private static final Pattern REGISTERED = Pattern.compile("Registered: (.*)", Pattern.DOTALL);
    /** How the fault log refuses an incident that says neither when it was detected nor when it was reported. */
    private static final String NO_TIME_KNOWN = "detectedAt or reportedAt is needed";
    /** What the fault log adds to a change of state that reopens a restored incident. */
    private static final Pattern REOPENED = Pattern.compile(" \\(reopened; it had been restored at (\\S+)\\)(.*)", Pattern.DOTALL);
    private static final String UPDATED = "Updated";
    /** The incident categories of the contract, 1 the most serious. */
    private static final List<Integer> CATEGORIES = List.of(1, 2, 3, 4);
    /** Open incidents shown on one page of the list. */
    private static final int OPEN_PAGE = 25;
    private static final String DEFAULT_SYSTEM = "NT";
    private static final int DEFAULT_CATEGORY = 2;
    private static final int OK = 200;
    private static final int BAD_REQUEST = 400;
    private static final int CONFLICT = 409;
    private static final int PRECONDITION_FAILED = 412;

    /** An incident as the console lists it. */
    public record Row(String id, String system, String layer, int category, String colour, String state, String title, String known,
            String acknowledgeBy, boolean acknowledgementOverdue, String restoreBy, boolean restorationOverdue, boolean major,
            String restored) {
    }

    /** What the register form holds: the defaults at first, what the reader typed and chose after a refusal. */
    public record IncidentForm(String systemCode, String layer, String environment, Integer category, String colour,
            String detectedAt, String title, String description) {

        static IncidentForm startingAt(String now) {
            return new IncidentForm(DEFAULT_SYSTEM, Layer.APPLICATION.name(), Environment.PRODUCTION.name(), DEFAULT_CATEGORY,
                    StatusColour.RED.name(), now, "", "");
        }
    }

    /** What the service-window form holds: empty but for the system and the time of announcing, or what was typed. */
    public record ServiceWindowForm(String systemCode, String startAt, String endAt, String purpose, String announcedAt) {
    }

    /** What the incident's page confirms after a change: registered, or saved. */
    public enum Confirmation {
        REGISTRERET,
        GEMT;

        /** As the address writes it ({@code ?besked=gemt}); none when it names nothing to confirm. */
        static Confirmation of(String written) {
            return Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(written)).findFirst().orElse(null);
        }
    }

    /** A timeline entry as shown. */
    public record Entry(String at, String author, String kind, String text) {
    }

    /** What the incident page offers to change: the states it may move to (resolving has its own form), colours, first activity. */
    public record Revision(List<IncidentState> nextStates, List<StatusColour> colours, String acknowledgedAt) {
    }

    /**
     * What the incident page's forms hold after one of them was refused: which form, what was typed and chosen in it
     * (by the page's field names), and why, next to each field or, when no field is to blame, for the whole form.
     */
    public record IncidentEdit(String form, Map<String, String> typed, FieldProblems problems, String refusal) {

        static IncidentEdit none() {
            return new IncidentEdit("", Map.of(), FieldProblems.none(), null);
        }

        static IncidentEdit of(String form, String... namesAndValues) {
            Map<String, String> typed = new HashMap<>();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                if (namesAndValues[i + 1] != null) {
                    typed.put(namesAndValues[i], namesAndValues[i + 1]);
                }
            }
            return new IncidentEdit(form, typed, FieldProblems.none(), null);
        }

        IncidentEdit refusedFor(FieldProblems problems) {
            return new IncidentEdit(form, typed, problems, null);
        }

        IncidentEdit refusedBecause(String refusal) {
            return new IncidentEdit(form, typed, FieldProblems.none(), refusal);
        }

        public boolean refused() {
            return refusal != null || problems.any();
        }

        /** What the field shows: what was typed in the refused form, else what the incident holds. */
        public String value(String field, Object held) {
            String entered = typed.get(field);
            return entered != null ? entered : held == null ? "" : held.toString();
        }

        /** The category the form shows: the one chosen in the refused form, else the incident's. */
        public int category(int held) {
            String chosen = typed.get("category");
            return chosen != null ? Integer.parseInt(chosen) : held;
        }
    }

    /** A service window or change as shown. */
    public record Planned(String kind, String from, String to, String what) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance open(OpenIncidentList list, List<IncidentState> states, List<Integer> categories,
                List<StatusColour> colours);

        static native TemplateInstance register(List<Layer> layers, List<Environment> environments, List<StatusColour> colours,
                List<String> systems, IncidentForm form, FieldProblems problems);

        static native TemplateInstance incident(Row incident, String description, long version, List<Entry> timeline, String now,
                Revision revision, IncidentEdit edit, Confirmation done);

        static native TemplateInstance planned(String system, String month, List<Planned> entries, ServiceWindowForm form,
                FieldProblems problems, Duration shortNotice, List<String> systems);

        static native TemplateInstance majorReport(MajorIncidentReport report, String known, String restored);
    }

    private final FaultLog faultLog;
    private final SystemCatalogue systems;
    private final ServiceWindowSchedule serviceWindows;
    private final AgreedNotice agreedNotice;
    private final ChangeLog changes;
    private final Validator validator;
    private final JsonWebToken token;
    private final Clock clock;

    OperationsConsole(FaultLog faultLog, SystemCatalogue systems, ServiceWindowSchedule serviceWindows, AgreedNotice agreedNotice,
            ChangeLog changes, Validator validator, JsonWebToken token, Clock clock) {
        this.faultLog = faultLog;
        this.systems = systems;
        this.serviceWindows = serviceWindows;
        this.agreedNotice = agreedNotice;
        this.changes = changes;
        this.validator = validator;
        this.token = token;
        this.clock = clock;
    }

    @GET
    public Uni<Response> open(@QueryParam("system") String system, @QueryParam("state") IncidentState state,
            @QueryParam("category") Integer category, @QueryParam("colour") StatusColour colour,
            @QueryParam("page") @DefaultValue("1") int page, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Locale locale = PageLanguage.of(lang, headers);
        OpenIncidentList.Filter filter = new OpenIncidentList.Filter(blankAsNone(system), state == null ? null : state.name(),
                category, colour == null ? null : colour.name());
        return faultLog.unresolved().map(open -> open.stream().map(i -> row(i, locale)).toList())
                .map(rows -> OpenIncidentList.of(rows, filter, page, OPEN_PAGE))
                .map(list -> Page.render(Templates.open(list, Arrays.stream(IncidentState.values()).filter(s -> !s.isResolved()).toList(),
                        CATEGORIES, List.of(StatusColour.values())), locale, OK));
    }

    @GET
    @Path("haendelser/ny")
    public Uni<Response> registerForm(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
        return registerPage(PageLanguage.of(lang, headers), IncidentForm.startingAt(nowLocal()), FieldProblems.none(), OK);
    }

    @POST
    @Path("haendelser")
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
            request = new IncidentRequest(systemCode, layer, environment, category, colour, null, local(detectedAt), null, null, null,
                    title, description, null, null, null, null, null, null, null, null, null);
        } catch (DateTimeParseException e) {
            return registerPage(locale, typed, FieldProblems.unreadable("detectedAt", locale), BAD_REQUEST);
        }
        Set<ConstraintViolation<IncidentRequest>> invalid = validator.validate(request);
        if (!invalid.isEmpty()) {
            return registerPage(locale, typed, FieldProblems.of(invalid, locale), BAD_REQUEST);
        }
        return faultLog.register(request, author())
                .map(incident -> Response.seeOther(URI.create("/drift/haendelser/" + incident.number + "?besked=" + Confirmation.REGISTRERET.name().toLowerCase(Locale.ROOT))).build())
                .onFailure(RuleViolationException.class).recoverWithUni(e -> registerPage(locale, typed,
                        ruleProblems(((RuleViolationException) e).violations(), "", locale), Refusals.UNPROCESSABLE));
    }

    @GET
    @Path("haendelser/{id}")
    public Uni<Response> incident(@PathParam("id") String id, @QueryParam("besked") String done, @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        return incidentPage(id, PageLanguage.of(lang, headers), IncidentEdit.none(), OK, Confirmation.of(done));
    }

    @POST
    @Path("haendelser/{id}/noter")
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
    @Path("haendelser/{id}/opdater")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> update(@PathParam("id") String id, @FormParam("version") long version, @FormParam("statusColour") StatusColour colour,
            @FormParam("category") Integer category, @FormParam("acknowledgedAt") String acknowledgedAt, @FormParam("reason") String reason,
            @Context HttpHeaders headers) {
        Locale locale = PageLanguage.of(null, headers);
        IncidentEdit edit = IncidentEdit.of("update", "statusColour", name(colour), "category", category == null ? null : category.toString(),
                "acknowledgedAt", acknowledgedAt, "reason", reason);
        OffsetDateTime acknowledged;
        try {
            acknowledged = local(acknowledgedAt);
        } catch (DateTimeParseException e) {
            return incidentPage(id, locale, edit.refusedFor(FieldProblems.unreadable("acknowledgedAt", locale)), BAD_REQUEST, null);
        }
        return faultLog.get(id).chain(found -> {
            Incident i = found.incident();
            IncidentRequest revised = request(i, category == null ? i.category : category, colour == null ? i.statusColour : colour,
                    acknowledged, at(i.restoredAt), i.cause, i.handling, reason);
            Set<ConstraintViolation<IncidentRequest>> invalid = validator.validate(revised);
            return invalid.isEmpty() ? changed(id, locale, edit, faultLog.update(id, version, revised, author()))
                    : incidentPage(id, locale, edit.refusedFor(FieldProblems.of(invalid, locale)), BAD_REQUEST, null);
        });
    }

    /** Moving the incident on (investigating, mitigated, closed) or reopening it, with a note for the timeline. */
    @POST
    @Path("haendelser/{id}/tilstand")
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
    @Path("haendelser/{id}/loes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> resolve(@PathParam("id") String id, @FormParam("version") long version, @FormParam("restoredAt") String restoredAt,
            @FormParam("cause") String cause, @FormParam("handling") String handling, @FormParam("note") String note,
            @Context HttpHeaders headers) {
        Locale locale = PageLanguage.of(null, headers);
        IncidentEdit edit = IncidentEdit.of("resolve", "restoredAt", restoredAt, "cause", cause, "handling", handling, "resolution", note);
        Instant restored;
        try {
            restored = local(restoredAt).toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            return incidentPage(id, locale, edit.refusedFor(FieldProblems.unreadable("restoredAt", locale)), BAD_REQUEST, null);
        }
        return changed(id, locale, edit,
                faultLog.resolve(id, version, incident -> resolution(incident, restored, cause, handling), note, author()));
    }

    @GET
    @Path("planlagt")
    public Uni<Response> planned(@QueryParam("system") String system, @QueryParam("month") String month, @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        String shown = system == null || system.isBlank() ? DEFAULT_SYSTEM : system;
        return plannedPage(shown, parseMonth(month), PageLanguage.of(lang, headers),
                new ServiceWindowForm(shown, "", "", "", nowLocal()), FieldProblems.none(), OK);
    }

    @POST
    @Path("planlagt/servicevinduer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> announce(@FormParam("systemCode") String systemCode, @FormParam("startAt") String startAt,
            @FormParam("endAt") String endAt, @FormParam("purpose") String purpose, @FormParam("announcedAt") String announcedAt,
            @FormParam("again") @DefaultValue("false") boolean again, @Context HttpHeaders headers) {
        Locale locale = PageLanguage.of(null, headers);
        String system = systemCode == null || systemCode.isBlank() ? DEFAULT_SYSTEM : systemCode;
        ServiceWindowForm typed = new ServiceWindowForm(systemCode, startAt, endAt, purpose, announcedAt);
        ServiceWindowRequest request;
        try {
            request = new ServiceWindowRequest(systemCode, local(startAt), local(endAt), purpose, local(announcedAt));
        } catch (DateTimeParseException e) {
            return plannedPage(system, parseMonth(null), locale, typed, FieldProblems.unreadable(unreadable(e, startAt, endAt), locale),
                    BAD_REQUEST);
        }
        YearMonth month = request.startAt() == null ? parseMonth(null) : YearMonth.from(request.startAt().atZoneSameInstant(ZONE));
        Set<ConstraintViolation<ServiceWindowRequest>> invalid = validator.validate(request);
        if (!invalid.isEmpty()) {
            return plannedPage(system, month, locale, typed, FieldProblems.of(invalid, locale), BAD_REQUEST);
        }
        return noticeShortOf(request, again).chain(agreed -> agreed.isPresent()
                ? plannedPage(system, month, locale, typed, FieldProblems.none(), agreed.get(), CONFLICT)
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
        return serviceWindows.announce(request, author())
                .map(window -> Response.seeOther(URI.create("/drift/planlagt?system=" + window.systemCode + "&month=" + month)).build())
                .onFailure(RuleViolationException.class).recoverWithUni(e -> plannedPage(system, month, locale, typed,
                        ruleProblems(((RuleViolationException) e).violations(), "", locale), Refusals.UNPROCESSABLE));
    }

    /** Which of the form's times could not be read. */
    private static String unreadable(DateTimeParseException e, String startAt, String endAt) {
        return e.getParsedString().equals(startAt) ? "startAt" : e.getParsedString().equals(endAt) ? "endAt" : "announcedAt";
    }

    private Uni<Response> plannedPage(String system, YearMonth shown, Locale locale, ServiceWindowForm form, FieldProblems problems,
            int status) {
        return plannedPage(system, shown, locale, form, problems, null, status);
    }

    private Uni<Response> plannedPage(String system, YearMonth shown, Locale locale, ServiceWindowForm form, FieldProblems problems,
            Duration shortNotice, int status) {
        Instant from = shown.atDay(1).atStartOfDay(ZONE).toInstant();
        Instant to = shown.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant();
        DateTimeFormatter when = formatter(locale);
        return serviceWindows.overlapping(system, from, to).chain(windows -> changes.overlapping(system, from, to)
                .chain(changed -> systems.codes().map(codes -> {
            List<Planned> entries = new ArrayList<>();
            for (ServiceWindow w : windows) {
                entries.add(new Planned("SERVICE_WINDOW", when.format(w.startAt.atZone(ZONE)), when.format(w.endAt.atZone(ZONE)), w.purpose));
            }
            for (SystemChange c : changed) {
                entries.add(new Planned("CHANGE", when.format(c.plannedStartAt.atZone(ZONE)), when.format(c.plannedEndAt.atZone(ZONE)), c.title));
            }
            return Page.render(Templates.planned(system, shown.toString(), entries, form, problems, shortNotice, codes), locale, status);
        })));
    }

    /** The incident report of a major incident (seed 003) as a page. */
    @GET
    @Path("haendelser/{id}/rapport")
    public Uni<Response> majorReport(@PathParam("id") String id, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Locale locale = PageLanguage.of(lang, headers);
        DateTimeFormatter when = formatter(locale);
        return faultLog.get(id).map(found -> {
            Incident incident = found.incident();
            if (!incident.isMajor()) {
                throw new NotFoundException(id + " is not a major incident");
            }
            return Page.render(Templates.majorReport(MajorIncidentReport.of(incident), format(incident.knownAt, when),
                    format(incident.restoredAt, when)), locale, OK);
        });
    }

    private Uni<Response> registerPage(Locale locale, IncidentForm form, FieldProblems problems, int status) {
        return systems.codes().map(codes -> Page.render(Templates.register(List.of(Layer.values()), List.of(Environment.values()),
                List.of(StatusColour.values()), codes, form, problems), locale, status));
    }

    private static ConsoleTexts texts(Locale locale) {
        return MessageBundles.get(ConsoleTexts.class, Localized.Literal.of(locale.getLanguage()));
    }

    /** A field as the console's forms name it, for a rule that names another field. */
    private static String fieldLabel(String field, Locale locale) {
        ConsoleTexts texts = texts(locale);
        return switch (field) {
            case "detectedAt", "reportedAt", "occurredAt" -> texts.detectedAt();
            case "startAt" -> texts.from();
            case "endAt" -> texts.to();
            case "announcedAt" -> texts.announcedAt();
            case "the time the vendor knew" -> texts.known();
            default -> field;
        };
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private Uni<Response> incidentPage(String id, Locale locale, IncidentEdit edit, int status, Confirmation done) {
        DateTimeFormatter when = formatter(locale);
        return faultLog.get(id).map(found -> Page.render(Templates.incident(row(found.incident(), locale),
                found.incident().description, found.incident().version,
                found.timeline().stream().map(e -> entry(e, when, texts(locale))).toList(), nowLocal(), revision(found.incident()), edit, done),
                locale, status));
    }

    private static Revision revision(Incident i) {
        List<IncidentState> next = Arrays.stream(IncidentState.values()).filter(s -> s != IncidentState.RESOLVED && i.state.mayMoveTo(s)).toList();
        String acknowledged = i.acknowledgedAt == null ? "" : LocalDateTime.ofInstant(i.acknowledgedAt, ZONE).withSecond(0).toString();
        return new Revision(next, List.of(StatusColour.values()), acknowledged);
    }

    private Row row(Incident i, Locale locale) {
        DateTimeFormatter when = formatter(locale);
        Instant now = clock.instant();
        return new Row(i.number, i.systemCode, i.layer.name(), i.category, i.statusColour.name(), i.state.name(), i.title,
                format(i.knownAt, when), format(i.acknowledgeDueAt, when),
                ResponseDeadlines.missed(i.acknowledgeDueAt, i.acknowledgedAt, now),
                format(i.restoreDueAt, when), ResponseDeadlines.missed(i.restoreDueAt, i.restoredAt, now), i.isMajor(),
                format(i.restoredAt, when));
    }

    private static Entry entry(TimelineEntry e, DateTimeFormatter when, ConsoleTexts texts) {
        return new Entry(when.format(e.at.atZone(ZONE)), e.author, e.kind.name(), shown(e, texts, when));
    }

    /**
     * An entry the service wrote as the reader words it ("Registreret → Undersøges: …", "Kategori 2 → 1: …"); the log
     * keeps the API's words, and what a person wrote after them stays as written.
     */
    private static String shown(TimelineEntry e, ConsoleTexts texts, DateTimeFormatter when) {
        return switch (e.kind) {
            case STATE_CHANGED -> reworded(TRANSITION.matcher(e.text), e.text,
                    m -> texts.stateName(m.group(1)) + " → " + texts.stateName(m.group(2)) + reopening(m.group(3), texts, when));
            case CATEGORY_CHANGED -> reworded(CATEGORY_CHANGE.matcher(e.text), e.text,
                    m -> texts.categoryChange(m.group(1), m.group(2)) + m.group(3));
            case REGISTERED -> reworded(REGISTERED.matcher(e.text), e.text, m -> texts.registeredEntry(m.group(1)));
            case UPDATED -> UPDATED.equals(e.text) ? texts.updatedEntry() : e.text;
            case NOTE -> e.text;
        };
    }

    private static String reopening(String rest, ConsoleTexts texts, DateTimeFormatter when) {
        return reworded(REOPENED.matcher(rest), rest,
                m -> " " + texts.reopened(format(Instant.parse(m.group(1)), when)) + m.group(2));
    }

    private static String reworded(Matcher written, String text, Function<Matcher, String> words) {
        return written.matches() ? words.apply(written) : text;
    }

    /** The incident as it was, with when it was restored and, where given, its cause and handling. */
    private static IncidentRequest resolution(Incident i, Instant restored, String cause, String handling) {
        return request(i, i.category, i.statusColour, at(i.acknowledgedAt), at(i.restoredAt != null ? i.restoredAt : restored),
                given(cause, i.cause), given(handling, i.handling), null);
    }

    /** The incident as it was, with the fields the console changes. */
    private static IncidentRequest request(Incident i, int category, StatusColour colour, OffsetDateTime acknowledged,
            OffsetDateTime restored, String cause, String handling, String reason) {
        return new IncidentRequest(i.systemCode, i.layer, i.environment, category, colour, at(i.occurredAt), at(i.detectedAt),
                at(i.reportedAt), acknowledged, restored, i.title, i.description, i.userImpact, i.affectedSharePercent, cause, handling,
                i.remedyPlan, i.rcaStatus, i.rcaText, i.majorIncidentManager, reason);
    }

    private static String blankAsNone(String entered) {
        return entered == null || entered.isBlank() ? null : entered.strip();
    }

    private static String given(String entered, String before) {
        return entered == null || entered.isBlank() ? before : entered;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atZone(ZONE).toOffsetDateTime();
    }

    private static OffsetDateTime local(String dateTime) {
        return dateTime == null || dateTime.isBlank() ? null : LocalDateTime.parse(dateTime).atZone(ZONE).toOffsetDateTime();
    }

    private String nowLocal() {
        return LocalDateTime.ofInstant(clock.instant(), ZONE).withSecond(0).withNano(0).toString();
    }

    private YearMonth parseMonth(String month) {
        try {
            return month == null || month.isBlank() ? YearMonth.now(clock.withZone(ZONE)) : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            return YearMonth.now(clock.withZone(ZONE));
        }
    }

    private static DateTimeFormatter formatter(Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
    }

    private static String format(Instant instant, DateTimeFormatter when) {
        return instant == null ? "" : when.format(instant.atZone(ZONE));
    }

    /** Back to the incident's page once the change is made; that page with what was typed and why when it is refused. */
    private Uni<Response> changed(String id, Locale locale, IncidentEdit edit, Uni<?> change) {
        return change.map(done -> backTo(id)).onFailure(Refusals::isRefusal)
                .recoverWithUni(e -> incidentPage(id, locale, refused(edit, e, locale), Refusals.status(e), null));
    }

    /** A refusal as the reader reads it: the rules next to the fields they blame, a change made meanwhile for the whole form. */
    private static IncidentEdit refused(IncidentEdit edit, Throwable refusal, Locale locale) {
        if (refusal instanceof RuleViolationException rules) {
            return edit.refusedFor(ruleProblems(rules.violations(), edit.form(), locale));
        }
        ConsoleTexts texts = texts(locale);
        return edit.refusedBecause(Refusals.status(refusal) == PRECONDITION_FAILED ? texts.changedMeanwhile() : texts.notPossibleNow());
    }

    /** The rules a form breaks, each next to the page's field and in the reader's words. */
    private static FieldProblems ruleProblems(List<Violation> violations, String form, Locale locale) {
        ConsoleTexts texts = texts(locale);
        List<Violation> onThePage = violations.stream().map(v -> new Violation(pageField(form, v.field()), switch (v.field()) {
            case "reason" -> texts.reasonNeeded();
            case "detectedAt" -> v.message().startsWith(NO_TIME_KNOWN) ? texts.whenKnownNeeded() : v.message();
            default -> v.message();
        })).toList();
        return FieldProblems.of(onThePage, locale, field -> fieldLabel(field, locale));
    }

    /** The page's name of a request's field: the forms name their notes apart. */
    private static String pageField(String form, String field) {
        return switch (field) {
            case "note" -> "resolve".equals(form) ? "resolution" : "stateNote";
            case "state" -> "nextState";
            default -> field;
        };
    }

    private static Response backTo(String id) {
        return Response.seeOther(URI.create("/drift/haendelser/" + id + "?besked=" + Confirmation.GEMT.name().toLowerCase(Locale.ROOT))).build();
    }

    private String author() {
        return token.getName();
    }
}
