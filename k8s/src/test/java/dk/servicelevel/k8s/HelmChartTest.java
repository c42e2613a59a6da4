package dk.servicelevel.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.marcnuri.helm.LintResult;

class HelmChartTest {

    /** Who calls whom: sla reads incident, incident reads sla's catalogue, booking sends to sla, report reads the other three. */
    private static final Map<String, Set<String>> CALLERS = Map.of(
            "incident-service", Set.of("sla-service", "report-service"),
            "sla-service", Set.of("incident-service", "booking-service", "report-service"),
            "booking-service", Set.of("report-service"),
            "report-service", Set.of());
    private static final String INGRESS_CONTROLLER = "namespace ingress-nginx";
    private static final String PROMETHEUS = "namespace monitoring";
    private static final Pattern PINNED_IMAGE = Pattern.compile(
            "[a-z0-9.\\-/]+:(?!latest)[0-9]+\\.[0-9]+[\\w.\\-]*(@sha256:[0-9a-f]{64})?");
    /** Connections each database keeps for the operator, replication and maintenance besides the services. */
    private static final int RESERVED_CONNECTIONS = 10;
    private static final String BACKUP_PLUGIN = "barman-cloud.cloudnative-pg.io";
    /** Each replica's JDBC connections, for its migrations at start (quarkus.datasource.jdbc.max-size). */
    private static final int MIGRATION_CONNECTIONS = 2;

    static Stream<Arguments> valueSets() {
        return Stream.of(Arguments.of("small", List.of()), Arguments.of("production", List.of("values-production.yaml")),
                Arguments.of("production, native", List.of("values-production.yaml", "values-native.yaml")));
    }

    @Test
    void aNativeImageNeverSharesATagWithAJvmImageKeepsTheInstallationsCpuAndIsAskedSoonerWhetherItStarted() {
        RenderedChart jvm = RenderedChart.render(List.of("values-production.yaml"), Map.of());
        RenderedChart nativeImages = RenderedChart.render(List.of("values-production.yaml", "values-native.yaml"), Map.of());
        for (JsonNode deployment : jvm.ofKind("Deployment")) {
            JsonNode jvmContainer = deployment.at("/spec/template/spec/containers/0");
            JsonNode nativeContainer = nativeImages.get("Deployment", RenderedChart.name(deployment)).at("/spec/template/spec/containers/0");
            if (!jvmContainer.path("image").asText().contains("/servicelevel/")) {
                continue;
            }
            assertThat(nativeContainer.path("image").asText()).isEqualTo(jvmContainer.path("image").asText() + "-native");
            assertThat(nativeContainer.at("/resources/requests/cpu")).isEqualTo(jvmContainer.at("/resources/requests/cpu"));
            assertThat(memoryMi(nativeContainer.at("/resources/limits/memory").asText()))
                    .isLessThan(memoryMi(jvmContainer.at("/resources/limits/memory").asText()));
            JsonNode jvmStartup = jvmContainer.path("startupProbe");
            JsonNode nativeStartup = nativeContainer.path("startupProbe");
            assertThat(nativeStartup.path("periodSeconds").asInt()).isLessThan(jvmStartup.path("periodSeconds").asInt());
            assertThat(startupAllowanceSeconds(nativeStartup)).as("time for the migrations").isEqualTo(startupAllowanceSeconds(jvmStartup));
        }
    }

    private static int startupAllowanceSeconds(JsonNode probe) {
        return probe.path("periodSeconds").asInt() * probe.path("failureThreshold").asInt();
    }

    private static int memoryMi(String quantity) {
        return quantity.endsWith("Gi") ? Integer.parseInt(quantity.replace("Gi", "")) * 1024 : Integer.parseInt(quantity.replace("Mi", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valueSets")
    void passesHelmLintStrictly(String installation, List<String> valuesFiles) {
        LintResult lint = LintedChart.lint(valuesFiles, Map.of());

        assertThat(lint.isFailed()).as("helm lint --strict: %s", lint.getMessages()).isFalse();
        assertThat(lint.getMessages()).noneMatch(message -> message.contains("[ERROR]") || message.contains("[WARNING]"));
    }

    @Test
    void helmLintFailsOnAnImageVariantTheChartDoesNotBuild() {
        LintResult lint = LintedChart.lint(List.of("values-production.yaml", "values-native.yaml"),
                Map.of("image", Map.of("variant", "graal")));

        assertThat(lint.isFailed()).isTrue();
        assertThat(lint.getMessages()).anyMatch(message -> message.contains("variant"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valueSets")
    void everyDeploymentIsProbedSizedLockedDownAndRolledWithoutLosingReplicas(String valueSet, List<String> files) {
        RenderedChart chart = RenderedChart.render(files, Map.of());

        assertThat(chart.ofKind("Deployment")).hasSize(CALLERS.size());
        for (JsonNode deployment : chart.ofKind("Deployment")) {
            JsonNode pod = deployment.at("/spec/template/spec");
            JsonNode container = pod.at("/containers/0");
            assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/started");
            assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
            assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
            for (String bound : List.of("requests", "limits")) {
                assertThat(container.at("/resources/" + bound + "/cpu").asText()).as("%s cpu", bound).isNotBlank();
                assertThat(container.at("/resources/" + bound + "/memory").asText()).as("%s memory", bound).isNotBlank();
            }
            assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
            assertThat(pod.at("/securityContext/runAsUser").asInt()).isPositive();
            assertThat(pod.at("/automountServiceAccountToken").asBoolean(true)).isFalse();
            assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
            assertThat(container.at("/securityContext/allowPrivilegeEscalation").asBoolean(true)).isFalse();
            assertThat(container.at("/securityContext/capabilities/drop").toString()).contains("\"ALL\"");
            assertThat(deployment.at("/spec/strategy/type").asText()).isEqualTo("RollingUpdate");
            assertThat(deployment.at("/spec/strategy/rollingUpdate/maxUnavailable").asInt(-1)).isZero();
            assertThat(deployment.at("/spec/strategy/rollingUpdate/maxSurge").asInt()).isPositive();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valueSets")
    void healthMetricsAndSwaggerAnswerOnTheManagementPortWhichNoServiceOrIngressExposes(String valueSet, List<String> files) {
        RenderedChart chart = RenderedChart.render(files, Map.of());

        for (JsonNode deployment : chart.ofKind("Deployment")) {
            String name = RenderedChart.name(deployment);
            JsonNode container = deployment.at("/spec/template/spec/containers/0");
            String port = stream(container.path("ports")).filter(p -> p.path("name").asText().equals("management"))
                    .map(p -> p.path("containerPort").asText()).findFirst()
                    .orElseThrow(() -> new AssertionError(name + " names no management port"));
            assertThat(chart.get("ConfigMap", name).at("/data/QUARKUS_MANAGEMENT_PORT").asText()).isEqualTo(port);
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                assertThat(container.at("/" + probe + "/httpGet/port").asText()).as("%s %s", name, probe).isIn("management", port);
            }
            assertThat(deployment.at("/spec/template/metadata/annotations/prometheus.io~1port").asText()).isEqualTo(port);
            assertThat(chart.get("Service", name).path("spec").path("ports").findValuesAsText("targetPort")).containsOnly("http");
        }
        for (JsonNode ingress : chart.ofKind("Ingress")) {
            assertThat(ingress.findValuesAsText("name").stream().filter(n -> n.equals("management"))).isEmpty();
            assertThat(ingress.findValues("number").stream().map(JsonNode::asText)).doesNotContain("9000");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valueSets")
    void theGracePeriodCoversTheShutdownDelayAndTheDrain(String valueSet, List<String> files) {
        RenderedChart chart = RenderedChart.render(files, Map.of());

        for (JsonNode deployment : chart.ofKind("Deployment")) {
            JsonNode config = chart.get("ConfigMap", RenderedChart.name(deployment)).path("data");
            Duration drain = seconds(config.path("QUARKUS_SHUTDOWN_DELAY").asText())
                    .plus(seconds(config.path("QUARKUS_SHUTDOWN_TIMEOUT").asText()));
            assertThat(drain).isPositive();
            assertThat(Duration.ofSeconds(deployment.at("/spec/template/spec/terminationGracePeriodSeconds").asLong()))
                    .as(RenderedChart.name(deployment)).isGreaterThan(drain);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valueSets")
    void everyServiceHasADisruptionBudgetAndAnAutoscalerThatKeepItAvailable(String valueSet, List<String> files) {
        RenderedChart chart = RenderedChart.render(files, Map.of());

        for (JsonNode deployment : chart.ofKind("Deployment")) {
            String name = RenderedChart.name(deployment);
            JsonNode podLabels = deployment.at("/spec/template/metadata/labels");
            int minReplicas;
            if (chart.find("ScaledObject", name).isPresent()) {
                JsonNode scaler = chart.get("ScaledObject", name);
                assertThat(scaler.at("/spec/scaleTargetRef/name").asText()).isEqualTo(name);
                minReplicas = scaler.at("/spec/minReplicaCount").asInt();
                assertThat(scaler.at("/spec/maxReplicaCount").asInt()).isGreaterThan(minReplicas);
                assertThat(scaler.at("/spec/triggers").findValuesAsText("type")).as("the CPU rule stays").contains("cpu");
                assertThat(chart.find("HorizontalPodAutoscaler", name)).as("KEDA makes %s's autoscaler", name).isEmpty();
            } else {
                JsonNode autoscaler = chart.get("HorizontalPodAutoscaler", name);
                assertThat(autoscaler.at("/spec/scaleTargetRef/kind").asText()).isEqualTo("Deployment");
                assertThat(autoscaler.at("/spec/scaleTargetRef/name").asText()).isEqualTo(name);
                minReplicas = autoscaler.at("/spec/minReplicas").asInt();
                assertThat(autoscaler.at("/spec/maxReplicas").asInt()).isGreaterThan(minReplicas);
                assertThat(autoscaler.at("/spec/metrics/0/resource/name").asText()).isEqualTo("cpu");
            }
            assertThat(minReplicas).as("%s replicas at least", name).isGreaterThanOrEqualTo(2);

            JsonNode budget = chart.get("PodDisruptionBudget", name);
            assertThat(selects(budget.at("/spec/selector/matchLabels"), podLabels)).as("%s budget selects its pods", name).isTrue();
            assertThat(budget.at("/spec/maxUnavailable").asInt()).isPositive().isLessThan(minReplicas);
        }
        assertThat(chart.ofKind("HorizontalPodAutoscaler").size() + chart.ofKind("ScaledObject").size()).isEqualTo(CALLERS.size());
        assertThat(chart.ofKind("PodDisruptionBudget")).hasSize(CALLERS.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valueSets")
    void everyImageIsPinnedToAVersion(String valueSet, List<String> files) {
        RenderedChart chart = RenderedChart.render(files, Map.of());

        List<String> images = Stream.concat(
                chart.ofKind("Deployment").stream().map(d -> d.at("/spec/template/spec/containers/0/image").asText()),
                chart.ofKind("Cluster").stream().map(c -> c.at("/spec/imageName").asText())).toList();
        assertThat(images).hasSize(2 * CALLERS.size()).allMatch(image -> PINNED_IMAGE.matcher(image).matches());
    }

    @Test
    void anImageDigestPinsTheImageExactly() {
        String digest = "sha256:" + "ab".repeat(32);
        RenderedChart chart = RenderedChart.render(List.of(), Map.of("image.digests.sla-service", digest));

        assertThat(chart.get("Deployment", "slp-sla-service").at("/spec/template/spec/containers/0/image").asText())
                .isEqualTo("registry.example.dk/servicelevel/sla-service:1.0.0@" + digest);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valueSets")
    void eachNetworkPolicyAdmitsExactlyTheServicesCallers(String valueSet, List<String> files) {
        RenderedChart chart = RenderedChart.render(files, Map.of());

        CALLERS.forEach((service, callers) -> {
            JsonNode podLabels = chart.get("Deployment", "slp-" + service).at("/spec/template/metadata/labels");
            List<JsonNode> policies = chart.ofKind("NetworkPolicy").stream()
                    .filter(p -> selects(p.at("/spec/podSelector/matchLabels"), podLabels)).toList();
            assertThat(policies).as("policies of %s", service).hasSize(1);
            Set<String> expected = new HashSet<>(Set.of(INGRESS_CONTROLLER));
            callers.forEach(caller -> expected.add("pods " + caller));
            assertThat(admitted(policies.get(0), "http")).as("%s admits", service).isEqualTo(expected);
            assertThat(admitted(policies.get(0), "management")).as("%s management port admits", service).isEqualTo(Set.of(PROMETHEUS));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valueSets")
    void everyServiceCallsOnlyServicesThatAdmitIt(String valueSet, List<String> files) {
        RenderedChart chart = RenderedChart.render(files, Map.of());

        Map<String, Set<String>> calledBy = new TreeMap<>();
        for (JsonNode deployment : chart.ofKind("Deployment")) {
            String caller = deployment.at("/spec/template/metadata/labels/app.kubernetes.io~1name").asText();
            chart.get("ConfigMap", RenderedChart.name(deployment)).path("data").properties().forEach(entry -> {
                if (entry.getKey().startsWith("QUARKUS_REST_CLIENT_")) {
                    String callee = entry.getValue().asText().replace("http://", "");
                    assertThat(chart.find("Service", callee)).as("%s calls %s", caller, callee).isPresent();
                    calledBy.computeIfAbsent(callee.replace("slp-", ""), k -> new HashSet<>()).add(caller);
                }
            });
        }
        CALLERS.forEach((service, callers) -> assertThat(calledBy.getOrDefault(service, Set.of()))
                .as("callers of %s", service).isEqualTo(callers));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valueSets")
    void eachServiceHasItsOwnCloudNativePgDatabaseWithRoomForAllItsConnections(String valueSet, List<String> files) {
        RenderedChart chart = RenderedChart.render(files, Map.of());

        for (String service : CALLERS.keySet()) {
            String cluster = "slp-" + service.replace("-service", "") + "-db";
            JsonNode database = chart.get("Cluster", cluster);
            JsonNode config = chart.get("ConfigMap", "slp-" + service).path("data");
            assertThat(database.at("/spec/bootstrap/initdb/database").asText()).isEqualTo(config.path("DB_NAME").asText());
            assertThat(chart.get("Deployment", "slp-" + service).at("/spec/template/spec/containers/0/env").findValuesAsText("name"))
                    .contains(cluster + "-app");

            int replicaConnections = config.path("QUARKUS_DATASOURCE_REACTIVE_MAX_SIZE").asInt() * maxReplicas(chart, "slp-" + service);
            int maxConnections = database.at("/spec/postgresql/parameters/max_connections").asInt();
            JsonNode policy = chart.get("NetworkPolicy", cluster);
            assertThat(policy.at("/spec/podSelector/matchLabels/cnpg.io~1cluster").asText()).isEqualTo(cluster);
            Optional<JsonNode> pooler = chart.find("Pooler", cluster + "-pooler-rw");
            if (pooler.isPresent()) {
                assertThat(config.path("DB_HOST").asText()).isEqualTo(cluster + "-pooler-rw");
                assertThat(config.path("DB_MIGRATION_HOST").asText()).as("migrations past the pooler").isEqualTo(cluster + "-rw");
                JsonNode pgbouncer = pooler.get().at("/spec/pgbouncer");
                int instances = pooler.get().at("/spec/instances").asInt();
                int serverConnections = instances * pgbouncer.at("/parameters/default_pool_size").asInt();
                int migrations = MIGRATION_CONNECTIONS * maxReplicas(chart, "slp-" + service);
                assertThat(serverConnections + migrations + RESERVED_CONNECTIONS).as("%s: poolers and migrations", service)
                        .isLessThanOrEqualTo(maxConnections);
                assertThat(replicaConnections).as("%s: every replica's pool at most replicas", service)
                        .isLessThanOrEqualTo(instances * pgbouncer.at("/parameters/max_client_conn").asInt());
                assertThat(admitted(policy, 5432)).isEqualTo(Set.of("pods " + service, "pooler " + cluster + "-pooler-rw",
                        "cluster " + cluster, "namespace cnpg-system"));
                assertThat(admitted(chart.get("NetworkPolicy", cluster + "-pooler-rw"), 5432)).isEqualTo(Set.of("pods " + service));
            } else {
                assertThat(config.path("DB_HOST").asText()).isEqualTo(cluster + "-rw");
                assertThat(replicaConnections + RESERVED_CONNECTIONS).as("%s connections at most replicas", service)
                        .isLessThanOrEqualTo(maxConnections);
                assertThat(admitted(policy, 5432)).isEqualTo(Set.of("pods " + service, "cluster " + cluster, "namespace cnpg-system"));
            }
        }
    }

    @Test
    void inProductionEachDatabaseArchivesItsWalAndIsBackedUpNightlyToItsOwnPlaceInTheObjectStore() {
        RenderedChart chart = RenderedChart.render(List.of("values-production.yaml"), Map.of());

        for (String service : CALLERS.keySet()) {
            String cluster = "slp-" + service.replace("-service", "") + "-db";
            JsonNode plugin = chart.get("Cluster", cluster).at("/spec/plugins/0");
            assertThat(plugin.path("name").asText()).isEqualTo(BACKUP_PLUGIN);
            assertThat(plugin.path("isWALArchiver").asBoolean()).as("%s archives its WAL", cluster).isTrue();
            JsonNode store = chart.get("ObjectStore", plugin.at("/parameters/barmanObjectName").asText());
            assertThat(store.at("/spec/configuration/destinationPath").asText()).endsWith("/" + cluster);
            assertThat(store.at("/spec/configuration/s3Credentials/accessKeyId/name").asText()).isNotBlank();
            assertThat(store.at("/spec/retentionPolicy").asText()).isNotBlank();

            JsonNode backup = chart.get("ScheduledBackup", cluster + "-nightly");
            assertThat(backup.at("/spec/cluster/name").asText()).isEqualTo(cluster);
            assertThat(backup.at("/spec/method").asText()).isEqualTo("plugin");
            assertThat(backup.at("/spec/pluginConfiguration/name").asText()).isEqualTo(BACKUP_PLUGIN);
            assertThat(backup.at("/spec/schedule").asText().split(" ")).as("six fields, seconds first").hasSize(6);
        }
        assertThat(RenderedChart.render(List.of(), Map.of()).ofKind("ScheduledBackup")).as("off in the local defaults").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valueSets")
    void aPlannedSwitchoverMovesThePrimaryWithoutTakingAnyReplicaOfAServiceOutOfRotation(String valueSet, List<String> files) {
        RenderedChart chart = RenderedChart.render(files, Map.of());

        for (JsonNode cluster : chart.ofKind("Cluster")) {
            assertThat(cluster.at("/spec/primaryUpdateStrategy").asText()).isEqualTo("unsupervised");
            assertThat(cluster.at("/spec/primaryUpdateMethod").asText()).isEqualTo("switchover");
        }
        assertThat(readinessTolerance(chart)).allMatch(tolerance -> tolerance.compareTo(Duration.ofSeconds(30)) >= 0);
        assertThat(readinessTolerance(RenderedChart.render(files, Map.of("database.cloudNativePG.switchoverAllowance", 60))))
                .allMatch(tolerance -> tolerance.compareTo(Duration.ofSeconds(60)) >= 0);
    }

    @Test
    void aDatabaseIsRestoredToAPointInTimeIntoANewClusterThatTheServiceThenUses() {
        RenderedChart chart = RenderedChart.render(List.of("values-production.yaml"), Map.of(
                "database.cloudNativePG.restore.booking.name", "r1",
                "database.cloudNativePG.restore.booking.targetTime", "2026-12-01T09:15:00Z"));

        JsonNode restored = chart.get("Cluster", "slp-booking-db-r1");
        assertThat(restored.at("/spec/bootstrap/recovery/source").asText()).isEqualTo("slp-booking-db");
        assertThat(restored.at("/spec/bootstrap/recovery/recoveryTarget/targetTime").asText()).isEqualTo("2026-12-01T09:15:00Z");
        assertThat(restored.at("/spec/bootstrap/recovery/database").asText()).isEqualTo("booking");
        assertThat(restored.at("/spec/externalClusters/0/plugin/parameters/barmanObjectName").asText()).isEqualTo("slp-booking-db-backups");
        assertThat(chart.find("ObjectStore", "slp-booking-db-backups")).as("the old cluster's backups stay named").isPresent();
        assertThat(chart.get("ObjectStore", "slp-booking-db-r1-backups").at("/spec/configuration/destinationPath").asText())
                .endsWith("/slp-booking-db-r1");
        assertThat(chart.get("ConfigMap", "slp-booking-service").at("/data/DB_HOST").asText()).isEqualTo("slp-booking-db-r1-pooler-rw");
        assertThat(chart.get("ConfigMap", "slp-booking-service").at("/data/DB_MIGRATION_HOST").asText()).isEqualTo("slp-booking-db-r1-rw");
        assertThat(chart.get("Pooler", "slp-booking-db-r1-pooler-rw").at("/spec/cluster/name").asText()).isEqualTo("slp-booking-db-r1");
        assertThat(chart.get("Deployment", "slp-booking-service").at("/spec/template/spec/containers/0/env").findValuesAsText("name"))
                .contains("slp-booking-db-r1-app");
        assertThat(chart.find("Cluster", "slp-sla-db")).as("the other services keep theirs").isPresent();

        RenderedChart again = RenderedChart.render(List.of("values-production.yaml"), Map.of(
                "database.cloudNativePG.restore.booking.name", "r2", "database.cloudNativePG.restore.booking.from", "slp-booking-db-r1",
                "database.cloudNativePG.restore.booking.targetTime", "2026-12-02T08:00:00Z"));
        assertThat(again.get("Cluster", "slp-booking-db-r2").at("/spec/bootstrap/recovery/source").asText()).isEqualTo("slp-booking-db-r1");
        assertThat(again.find("ObjectStore", "slp-booking-db-r1-backups")).isPresent();

        assertThatThrownBy(() -> RenderedChart.render(List.of(), Map.of("database.cloudNativePG.restore.booking.name", "r1",
                "database.cloudNativePG.restore.booking.targetTime", "2026-12-01T09:15:00Z")))
                .hasMessageContaining("needs database.cloudNativePG.backups.enabled");
    }

    private static List<Duration> readinessTolerance(RenderedChart chart) {
        return chart.ofKind("Deployment").stream().map(d -> d.at("/spec/template/spec/containers/0/readinessProbe"))
                .map(probe -> Duration.ofSeconds((long) probe.path("periodSeconds").asInt() * probe.path("failureThreshold").asInt()))
                .toList();
    }

    @Test
    void inProductionServiceTokensComeFromTheOidcProviderAndNoPodHoldsASigningKey() {
        RenderedChart production = RenderedChart.render(List.of("values-production.yaml"), Map.of());
        RenderedChart small = RenderedChart.render(List.of(), Map.of());

        for (String service : CALLERS.keySet()) {
            JsonNode config = production.get("ConfigMap", "slp-" + service).path("data");
            assertThat(config.has("SMALLRYE_JWT_SIGN_KEY_LOCATION")).as("%s signs nothing", service).isFalse();
            boolean calls = CALLERS.values().stream().anyMatch(callers -> callers.contains(service));
            if (calls) {
                assertThat(config.path("SERVICE_TOKEN_SOURCE").asText()).isEqualTo("oidc");
                assertThat(config.path("QUARKUS_OIDC_CLIENT_CLIENT_ID").asText()).isEqualTo("servicelevel-" + service);
                assertThat(config.path("QUARKUS_OIDC_CLIENT_AUTH_SERVER_URL").asText()).isEqualTo(config.path("MP_JWT_VERIFY_ISSUER").asText());
                String env = production.get("Deployment", "slp-" + service).at("/spec/template/spec/containers/0/env").toString();
                assertThat(env).as("%s has its client secret", service)
                        .contains("\"name\":\"QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET\"").contains("\"key\":\"" + service + "\"");
                assertThat(small.get("ConfigMap", "slp-" + service).at("/data/SMALLRYE_JWT_SIGN_KEY_LOCATION").asText())
                        .as("the small installation signs its own").isNotBlank();
            }
        }
    }

    @Test
    void externalDatabasesAreTakenFromTheValues() {
        Map<String, Object> settings = new TreeMap<>(Map.of("database.provider", "external"));
        CALLERS.keySet().forEach(service -> settings.put(
                "database.external." + service.replace("-service", "") + ".host", service + ".db.example.dk"));

        RenderedChart chart = RenderedChart.render(List.of("values-production.yaml"), settings);

        assertThat(chart.ofKind("Cluster")).isEmpty();
        JsonNode config = chart.get("ConfigMap", "slp-booking-service").path("data");
        assertThat(config.path("DB_HOST").asText()).isEqualTo("booking-service.db.example.dk");
        assertThat(config.path("DB_NAME").asText()).isEqualTo("booking");
        assertThat(chart.get("Deployment", "slp-booking-service").at("/spec/template/spec/containers/0/env").findValuesAsText("name"))
                .contains("booking-db");
    }

    @Test
    void refusesAnUnpinnedImageAndAnExternalDatabaseWithoutAHost() {
        assertThatThrownBy(() -> RenderedChart.render(List.of(), Map.of("image.tag", "latest")))
                .hasMessageContaining("image.tag must name a released version");
        assertThatThrownBy(() -> RenderedChart.render(List.of(), Map.of("database.provider", "external")))
                .hasMessageContaining("database.external.")
                .hasMessageContaining(".host is required");
    }

    @Test
    void valuesOutsideTheSchemaAreRefusedNamingTheValue() {
        assertThatThrownBy(() -> RenderedChart.render(List.of(), Map.of("defaults.autoscaling.minReplicas", 1)))
                .as("one replica: a drain or a crash stops the service").hasMessageContaining("/defaults/autoscaling/minReplicas");
        assertThatThrownBy(() -> RenderedChart.render(List.of(), Map.of("database.provider", "postgres")))
                .hasMessageContaining("/database/provider");
        assertThatThrownBy(() -> RenderedChart.render(List.of(), Map.of("services.bookings.poolSize", 4)))
                .hasMessageContaining("bookings");
        assertThatThrownBy(() -> RenderedChart.render(List.of(), Map.of("defaults.shutdown.delay", "5 seconds")))
                .hasMessageContaining("/defaults/shutdown/delay");
    }

    @Test
    void thePagesSignInAtTheOidcProviderWhileTheApisAndThePublicStatusPageStayOpen() {
        assertThat(RenderedChart.render(List.of(), Map.of()).find("Deployment", "slp-web-sign-in")).as("off by default").isEmpty();
        RenderedChart chart = RenderedChart.render(List.of("values-production.yaml"), Map.of("webSignIn.enabled", true));

        JsonNode proxy = chart.get("Deployment", "slp-web-sign-in").at("/spec/template/spec/containers/0");
        assertThat(proxy.path("image").asText()).matches("[a-z0-9.\\-/]+:v?[0-9]+\\.[0-9]+[\\w.\\-]*");
        List<String> args = new ArrayList<>();
        proxy.path("args").forEach(arg -> args.add(arg.asText()));
        assertThat(args).contains("--provider=oidc", "--oidc-issuer-url=https://login.example.dk/realms/servicelevel",
                "--set-authorization-header=true", "--cookie-domain=.servicelevel.example.dk");
        assertThat(proxy.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(admitted(chart.get("NetworkPolicy", "slp-web-sign-in"), 4180)).containsExactly("namespace ingress-nginx");

        Map<String, List<String>> signedInPaths = new TreeMap<>();
        for (JsonNode ingress : chart.ofKind("Ingress")) {
            JsonNode annotations = ingress.at("/metadata/annotations");
            if (annotations.has("nginx.ingress.kubernetes.io/auth-url")) {
                assertThat(annotations.path("nginx.ingress.kubernetes.io/auth-url").asText())
                        .isEqualTo("http://slp-web-sign-in.servicelevel.svc.cluster.local:4180/oauth2/auth");
                assertThat(annotations.path("nginx.ingress.kubernetes.io/auth-response-headers").asText()).isEqualTo("Authorization");
                assertThat(annotations.path("nginx.ingress.kubernetes.io/auth-signin").asText())
                        .startsWith("https://sign-in.servicelevel.example.dk/oauth2/start?rd=");
                signedInPaths.put(ingress.at("/spec/rules/0/host").asText(), ingress.at("/spec/rules/0/http/paths").findValuesAsText("path"));
            }
        }
        assertThat(signedInPaths).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "booking-service.servicelevel.example.dk", List.of("/skole"),
                "incident-service.servicelevel.example.dk", List.of("/drift"),
                "report-service.servicelevel.example.dk", List.of("/arkiv"))));
        assertThat(chart.get("Ingress", "slp-report-service").at("/spec/rules/0/http/paths").findValuesAsText("path"))
                .as("the API and /status stay open").containsExactly("/");
        assertThatThrownBy(() -> RenderedChart.render(List.of(), Map.of("webSignIn.image", "quay.io/oauth2-proxy/oauth2-proxy:latest")))
                .hasMessageContaining("/webSignIn/image");
    }

    @Test
    void withEgressRestrictedEachServiceReachesOnlyDnsItsDatabaseTheServicesItCallsAndTheListedAddresses() {
        assertThat(RenderedChart.render(List.of(), Map.of()).ofKind("NetworkPolicy"))
                .allSatisfy(policy -> assertThat(policyTypes(policy)).doesNotContain("Egress"));
        RenderedChart chart = RenderedChart.render(List.of(), Map.of("networkPolicy.egress.enabled", true,
                "networkPolicy.egress.external[0].cidr", "192.0.2.0/24", "networkPolicy.egress.external[0].ports[0]", 443));

        CALLERS.keySet().forEach(service -> {
            JsonNode policy = chart.get("NetworkPolicy", "slp-" + service);
            Set<String> callees = new HashSet<>();
            CALLERS.forEach((callee, callers) -> {
                if (callers.contains(service)) {
                    callees.add("pods " + callee);
                }
            });
            assertThat(reached(policy, "http")).as("%s calls", service).isEqualTo(callees);
            assertThat(reached(policy, 5432)).isEqualTo(Set.of("cluster slp-" + service.replace("-service", "") + "-db"));
            assertThat(reached(policy, 53)).isEqualTo(Set.of("namespace kube-system"));
            assertThat(reached(policy, 443)).isEqualTo(Set.of("addresses 192.0.2.0/24"));
        });
        assertThatThrownBy(() -> RenderedChart.render(List.of(), Map.of("networkPolicy.egress.external[0].cidr", "anywhere",
                "networkPolicy.egress.external[0].ports[0]", 443))).hasMessageContaining("/networkPolicy/egress/external/0/cidr");
    }

    /** What a NetworkPolicy lets its pods reach on the port, as "pods NAME", "cluster NAME", "namespace NAME" or "addresses CIDR". */
    private static Set<String> reached(JsonNode policy, Object port) {
        assertThat(policyTypes(policy)).contains("Egress");
        Set<String> destinations = new HashSet<>();
        for (JsonNode rule : policy.at("/spec/egress")) {
            assertThat(rule.path("to").isEmpty()).as("a rule without destinations reaches everything").isFalse();
            if (rule.path("ports").findValuesAsText("port").contains(String.valueOf(port))) {
                rule.path("to").forEach(peer -> destinations.add(peer.has("ipBlock") ? "addresses " + peer.at("/ipBlock/cidr").asText()
                        : source(peer)));
            }
        }
        return destinations;
    }

    private static int maxReplicas(RenderedChart chart, String name) {
        return chart.find("ScaledObject", name).map(scaler -> scaler.at("/spec/maxReplicaCount").asInt())
                .orElseGet(() -> chart.get("HorizontalPodAutoscaler", name).at("/spec/maxReplicas").asInt());
    }

    @Test
    void onATestDayBookingAndSlaServiceScaleAheadOfTheBookedHoursFromTheClicksBookingServiceExports() {
        RenderedChart chart = RenderedChart.render(List.of("values-production.yaml"), Map.of());

        for (String service : List.of("booking-service", "sla-service")) {
            JsonNode scaler = chart.get("ScaledObject", "slp-" + service);
            JsonNode booked = stream(scaler.at("/spec/triggers")).filter(t -> t.path("type").asText().equals("prometheus")).findFirst().orElseThrow();
            assertThat(booked.at("/metadata/query").asText()).as("this hour's and the next hour's booked clicks")
                    .contains("booking_expected_clicks_per_second").contains("hours_ahead=~\"0|1\"");
            assertThat(booked.at("/metadata/serverAddress").asText()).startsWith("http");
            assertThat(booked.at("/metadata/threshold").asDouble()).isPositive();
            assertThat(scaler.at("/spec/advanced/horizontalPodAutoscalerConfig/behavior/scaleUp/stabilizationWindowSeconds").asInt(-1)).isZero();
            assertThat(chart.get("Deployment", "slp-" + service).at("/spec/template/spec/priorityClassName").asText())
                    .isEqualTo("servicelevel-test-day");
        }
        assertThat(chart.get("PriorityClass", "servicelevel-test-day").path("value").asInt()).isPositive();
        for (String service : List.of("incident-service", "report-service")) {
            assertThat(chart.find("ScaledObject", "slp-" + service)).isEmpty();
            assertThat(chart.get("Deployment", "slp-" + service).at("/spec/template/spec").has("priorityClassName")).isFalse();
        }
        for (JsonNode deployment : chart.ofKind("Deployment")) {
            assertThat(stream(deployment.at("/spec/template/spec/topologySpreadConstraints"))
                    .filter(c -> c.path("topologyKey").asText().equals("topology.kubernetes.io/zone"))
                    .map(c -> c.path("whenUnsatisfiable").asText())).as("hard spreading over zones").containsExactly("DoNotSchedule");
        }

        RenderedChart small = RenderedChart.render(List.of(), Map.of());
        assertThat(small.ofKind("ScaledObject")).as("no KEDA needed for a small installation").isEmpty();
        assertThat(small.ofKind("PriorityClass")).isEmpty();
    }

    @Test
    void inProductionEveryDatabaseHasATransactionPoolerAndAcknowledgesACommitOnlyOnceAStandbyHasIt() {
        RenderedChart chart = RenderedChart.render(List.of("values-production.yaml"), Map.of());

        for (String service : CALLERS.keySet()) {
            String cluster = "slp-" + service.replace("-service", "") + "-db";
            JsonNode pooler = chart.get("Pooler", cluster + "-pooler-rw");
            assertThat(pooler.at("/spec/cluster/name").asText()).isEqualTo(cluster);
            assertThat(pooler.at("/spec/type").asText()).isEqualTo("rw");
            assertThat(pooler.at("/spec/pgbouncer/poolMode").asText()).isEqualTo("transaction");
            assertThat(pooler.at("/spec/instances").asInt()).as("a pooler survives the loss of one").isGreaterThanOrEqualTo(2);
            assertThat(pooler.at("/spec/pgbouncer/parameters/max_prepared_statements").asInt())
                    .as("prepared statements through transaction pooling").isPositive();

            JsonNode synchronous = chart.get("Cluster", cluster).at("/spec/postgresql/synchronous");
            assertThat(synchronous.path("method").asText()).isEqualTo("any");
            assertThat(synchronous.path("number").asInt()).isBetween(1, chart.get("Cluster", cluster).at("/spec/instances").asInt() - 1);
            assertThat(synchronous.path("dataDurability").asText()).isEqualTo("required");
        }
        RenderedChart small = RenderedChart.render(List.of(), Map.of());
        assertThat(small.ofKind("Pooler")).isEmpty();
        assertThat(small.ofKind("Cluster")).allSatisfy(cluster -> assertThat(cluster.at("/spec/postgresql").has("synchronous")).isFalse());
        assertThatThrownBy(() -> RenderedChart.render(List.of(), Map.of("database.cloudNativePG.synchronousStandbys", 1)))
                .hasMessageContaining("synchronousStandbys");
    }

    private static List<String> policyTypes(JsonNode policy) {
        List<String> types = new ArrayList<>();
        policy.at("/spec/policyTypes").forEach(type -> types.add(type.asText()));
        return types;
    }

    /** The sources a NetworkPolicy admits on the port, as "pods NAME", "cluster NAME" or "namespace NAME". */
    private static Set<String> admitted(JsonNode policy, Object port) {
        Set<String> sources = new HashSet<>();
        for (JsonNode rule : policy.at("/spec/ingress")) {
            assertThat(rule.path("from").isEmpty()).as("a rule without sources admits everyone").isFalse();
            if (rule.path("ports").findValuesAsText("port").contains(String.valueOf(port))) {
                rule.path("from").forEach(peer -> sources.add(source(peer)));
            }
        }
        return sources;
    }

    private static String source(JsonNode peer) {
        if (peer.has("namespaceSelector")) {
            return "namespace " + peer.at("/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText();
        }
        JsonNode labels = peer.at("/podSelector/matchLabels");
        if (labels.has("cnpg.io/poolerName")) {
            return "pooler " + labels.path("cnpg.io/poolerName").asText();
        }
        return labels.has("cnpg.io/cluster") ? "cluster " + labels.path("cnpg.io/cluster").asText()
                : "pods " + labels.path("app.kubernetes.io/name").asText();
    }

    private static boolean selects(JsonNode matchLabels, JsonNode labels) {
        if (matchLabels.isEmpty()) {
            return false;
        }
        for (var label : matchLabels.properties()) {
            if (!label.getValue().equals(labels.path(label.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static Duration seconds(String goDuration) {
        assertThat(goDuration).matches("[0-9]+s");
        return Duration.ofSeconds(Long.parseLong(goDuration.substring(0, goDuration.length() - 1)));
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }
}
