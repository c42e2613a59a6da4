{{/*
The platform's four services and who calls whom. This is the architecture, not a setting: sla-service reads
outages and service windows from incident-service, incident-service reads sla-service's systems catalogue,
booking-service sends session measurements to sla-service, and report-service reads all three. The NetworkPolicies admit exactly these callers.
*/}}
{{- define "slp.services" -}}
incident:
  name: incident-service
  # the web pages behind the sign-in (webSignIn)
  pages: [/drift]
  database: incident
  calledBy: [sla, report]
  calls:
    sla-service: sla
sla:
  name: sla-service
  # the web pages behind the sign-in (webSignIn)
  pages: []
  database: sla
  calledBy: [incident, booking, report]
  # takes the test sessions' measurements: scaled ahead of the booked hours with booking-service
  testDay: true
  calls:
    incident-service: incident
booking:
  name: booking-service
  # the web pages behind the sign-in (webSignIn)
  pages: [/skole]
  database: booking
  calledBy: [report]
  # serves the test day: the booking rush and every test session's clicks
  testDay: true
  calls:
    sla-service: sla
report:
  name: report-service
  # the web pages behind the sign-in (webSignIn)
  pages: [/arkiv]
  database: report
  calledBy: []
  calls:
    sla-service: sla
    incident-service: incident
    booking-service: booking
{{- end }}

{{- define "slp.serviceList" -}}
{{- fromYaml (include "slp.services" .) | toYaml -}}
{{- end }}

{{/* The Kubernetes name of a service of this release: RELEASE-SERVICE, or SERVICE when the release is named after the chart. */}}
{{- define "slp.name" -}}
{{- $root := index . 0 -}}
{{- $service := index . 1 -}}
{{- if eq $root.Release.Name $root.Chart.Name -}}
{{- $service | trunc 63 -}}
{{- else -}}
{{- printf "%s-%s" $root.Release.Name $service | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end }}

{{- define "slp.selectorLabels" -}}
{{- $root := index . 0 -}}
app.kubernetes.io/name: {{ index . 1 }}
app.kubernetes.io/instance: {{ $root.Release.Name }}
{{- end }}

{{- define "slp.labels" -}}
{{ include "slp.selectorLabels" . }}
app.kubernetes.io/part-of: {{ (index . 0).Chart.Name }}
app.kubernetes.io/version: {{ (index . 0).Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ (index . 0).Release.Service }}
helm.sh/chart: {{ printf "%s-%s" (index . 0).Chart.Name (index . 0).Chart.Version }}
{{- end }}

{{/* A service's settings: the defaults, overridden by what values.services.KEY gives. */}}
{{- define "slp.settings" -}}
{{- $root := index . 0 -}}
{{- $key := index . 1 -}}
{{- mergeOverwrite (deepCopy $root.Values.defaults) (deepCopy (index $root.Values.services $key | default dict)) | toYaml -}}
{{- end }}

{{/* The image of a service, pinned by digest when one is given, otherwise by its version tag. */}}
{{- define "slp.image" -}}
{{- $root := index . 0 -}}
{{- $service := index . 1 -}}
{{- $image := $root.Values.image -}}
{{- if or (not $image.tag) (eq (toString $image.tag) "latest") -}}
{{- fail "image.tag must name a released version, not latest" -}}
{{- end -}}
{{- $tag := eq ($image.variant | default "jvm") "native" | ternary (printf "%s-native" (toString $image.tag)) (toString $image.tag) -}}
{{- $digest := index ($image.digests | default dict) $service -}}
{{- if $digest -}}
{{- printf "%s/%s/%s:%s@%s" $image.registry $image.repository $service $tag $digest -}}
{{- else -}}
{{- printf "%s/%s/%s:%s" $image.registry $image.repository $service $tag -}}
{{- end -}}
{{- end }}

{{/* Where a service's replicas connect: the cluster's PgBouncer pooler when there is one, else its primary. */}}
{{- define "slp.databaseHost" -}}
{{- $root := index . 0 -}}
{{- $cluster := include "slp.databaseCluster" . -}}
{{- if $root.Values.database.cloudNativePG.pooler.enabled -}}
{{- printf "%s-pooler-rw" $cluster -}}
{{- else -}}
{{- printf "%s-rw" $cluster -}}
{{- end -}}
{{- end }}

{{/* The CloudNativePG cluster of a service's database. */}}
{{- define "slp.databaseCluster" -}}
{{- $root := index . 0 -}}
{{- $base := include "slp.baseDatabaseCluster" . -}}
{{- with index $root.Values.database.cloudNativePG.restore (index . 1) -}}
{{- printf "%s-%s" (include "slp.name" (list $root (printf "%s-db" (index $ 1)))) .name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $base -}}
{{- end -}}
{{- end }}

{{/* The cluster whose backups a restored cluster recovers from: restore.KEY.from, or the one first created. */}}
{{- define "slp.baseDatabaseCluster" -}}
{{- $restore := index (index . 0).Values.database.cloudNativePG.restore (index . 1) | default dict -}}
{{- $restore.from | default (include "slp.name" (list (index . 0) (printf "%s-db" (index . 1)))) -}}
{{- end }}

{{/*
The container of a service as its build generated it (quarkus-kubernetes: SERVICE/target/kubernetes/kubernetes.yml,
copied into generated/ by the k8s module's build): the chart takes its ports, its probes' endpoints and its
environment from there, so they follow the service's own configuration.
*/}}
{{- define "slp.generatedContainer" -}}
{{- $root := index . 0 -}}
{{- $service := index . 1 -}}
{{- $file := printf "generated/%s/kubernetes.yml" $service -}}
{{- $manifests := $root.Files.Get $file -}}
{{- if not $manifests -}}
{{- fail (printf "%s is missing: build the services first (./mvnw -B package -DskipTests), which copies each one's generated manifests into the chart" $file) -}}
{{- end -}}
{{- range splitList "\n---" $manifests -}}
{{- $object := fromYaml . -}}
{{- if eq (toString $object.kind) "Deployment" -}}
{{- index $object.spec.template.spec.containers 0 | toYaml -}}
{{- end -}}
{{- end -}}
{{- end }}

{{/*
How every service's replica count moves: up at once, doubling every 15 seconds if need be (seed 002, Krav 6: scaling
to several times the load); down slowly, so a test day's peaks do not flap.
*/}}
{{- define "slp.scalingBehavior" -}}
scaleUp:
  stabilizationWindowSeconds: 0
  policies:
    - type: Percent
      value: 100
      periodSeconds: 15
scaleDown:
  stabilizationWindowSeconds: 300
  policies:
    - type: Pods
      value: 1
      periodSeconds: 60
{{- end }}
