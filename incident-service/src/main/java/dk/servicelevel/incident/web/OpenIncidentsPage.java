package dk.servicelevel.incident.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dk.servicelevel.api.Roles;
import dk.servicelevel.api.web.Page;
import dk.servicelevel.api.web.PageLanguage;
import dk.servicelevel.incident.incident.FaultLog;
import dk.servicelevel.incident.incident.IncidentState;
import dk.servicelevel.incident.incident.StatusColour;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/** The console's first page: the open incidents with their colour and response deadlines, filtered and a page at a time. */
@Path("/drift")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN })
public class OpenIncidentsPage {

    /** The incident categories of the contract, 1 the most serious. */
    private static final List<Integer> CATEGORIES = List.of(1, 2, 3, 4);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance open(OpenIncidentList list, List<IncidentState> states, List<Integer> categories,
                List<StatusColour> colours);
    }

    private final FaultLog faultLog;
    private final ConsoleTime time;
    private final ConsoleConfig config;

    OpenIncidentsPage(FaultLog faultLog, ConsoleTime time, ConsoleConfig config) {
        this.faultLog = faultLog;
        this.time = time;
        this.config = config;
    }

    @GET
    public Uni<Response> open(@QueryParam("system") String system, @QueryParam("state") IncidentState state,
            @QueryParam("category") Integer category, @QueryParam("colour") StatusColour colour,
            @QueryParam("page") @DefaultValue("1") int page, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Locale locale = PageLanguage.of(lang, headers);
        ConsoleTime.Shown shown = time.shownIn(locale);
        OpenIncidentList.Filter filter = new OpenIncidentList.Filter(system == null || system.isBlank() ? null : system.strip(),
                state == null ? null : state.name(), category, colour == null ? null : colour.name());
        Instant now = time.now();
        return faultLog.unresolved().map(open -> open.stream().map(i -> IncidentRow.of(i, shown, now)).toList())
                .map(rows -> OpenIncidentList.of(rows, filter, page, config.openIncidentsPerPage()))
                .map(list -> Page.render(Templates.open(list, Arrays.stream(IncidentState.values()).filter(s -> !s.isResolved()).toList(),
                        CATEGORIES, List.of(StatusColour.values())), locale, Response.Status.OK.getStatusCode()));
    }
}
