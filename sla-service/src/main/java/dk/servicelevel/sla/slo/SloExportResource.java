package dk.servicelevel.sla.slo;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.servicelevel.api.Roles;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/slas/{id}")
@Tag(name = "SLOs", description = "An SLA as Prometheus rules and a Grafana dashboard, for the vendor's own monitoring")
@SecurityRequirement(name = "SecurityScheme")
public class SloExportResource {

    static final String YAML = "application/yaml";

    private final SloExport export;

    SloExportResource(SloExport export) {
        this.export = export;
    }

    @GET
    @Path("prometheus-rules")
    @Produces(YAML)
    @RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN })
    @Operation(operationId = "getPrometheusRules", summary = "The SLA's SLOs as a Prometheus rule file",
            description = "One SLO per window of the version in force: error ratios of the guaranteed operations at the SLA's interface "
                    + "(failed or slower than its threshold) over 5m, the burn-rate alerts' windows and the period, recorded only while "
                    + "the window is in force (slp_sla_window_in_force); the period's budget left; and an alert SlaErrorBudgetBurning "
                    + "with the breach check's burn-rate alerts (breaches.burn-rate-alerts). Names and labels as Sloth writes them.")
    @APIResponse(responseCode = "200", description = "A rule file for Prometheus's rule_files (or a PrometheusRule's spec)")
    @APIResponse(responseCode = "404", description = "No SLA has this id")
    public Uni<String> prometheusRules(@Parameter(example = "NT-APPLICATION") @PathParam("id") String id) {
        return export.subject(id).map(subject -> PrometheusRules.of(subject).yaml());
    }

    @GET
    @Path("grafana-dashboard")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN })
    @Operation(operationId = "getGrafanaDashboard", summary = "A Grafana dashboard of the SLA's SLOs",
            description = "Reads the series the rule file records: per window the budget left, the errors against the budget and the "
                    + "burn rate against the alerts' rates, and which window is in force. Import it and pick the Prometheus data source.")
    @APIResponse(responseCode = "200", description = "The dashboard's JSON model")
    @APIResponse(responseCode = "404", description = "No SLA has this id")
    public Uni<Map<String, Object>> grafanaDashboard(@Parameter(example = "NT-APPLICATION") @PathParam("id") String id) {
        return export.subject(id).map(GrafanaDashboard::of);
    }
}
