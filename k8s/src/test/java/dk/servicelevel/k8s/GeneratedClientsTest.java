package dk.servicelevel.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.servicelevel.client.booking.api.BookingsApi;
import dk.servicelevel.client.booking.api.ClassesApi;
import dk.servicelevel.client.booking.api.SlotsApi;
import dk.servicelevel.client.booking.model.BookingRequest;
import dk.servicelevel.client.booking.model.BookingResponse;
import dk.servicelevel.client.booking.model.BookingState;
import dk.servicelevel.client.booking.model.ClassRequest;
import dk.servicelevel.client.booking.model.ClassResponse;
import dk.servicelevel.client.booking.model.SlotView;
import dk.servicelevel.client.incident.api.FaultLogApi;
import dk.servicelevel.client.incident.model.Environment;
import dk.servicelevel.client.incident.model.IncidentRequest;
import dk.servicelevel.client.incident.model.IncidentResponse;
import dk.servicelevel.client.incident.model.IncidentState;
import dk.servicelevel.client.incident.model.Layer;
import dk.servicelevel.client.incident.model.NoteRequest;
import dk.servicelevel.client.incident.model.StatusColour;
import dk.servicelevel.client.incident.model.TransitionRequest;
import dk.servicelevel.client.report.api.ReportArchiveApi;
import dk.servicelevel.client.report.api.ReportsApi;
import dk.servicelevel.client.report.api.StatusApi;
import dk.servicelevel.client.report.model.ArchivedReportResponse;
import dk.servicelevel.client.report.model.FiledFormat;
import dk.servicelevel.client.report.model.MonthlyOperationsReport;
import dk.servicelevel.client.report.model.ReportKind;
import dk.servicelevel.client.report.model.StatusResponse;
import dk.servicelevel.client.report.model.SystemMonthFigures;
import dk.servicelevel.client.report.model.SystemRecord;
import dk.servicelevel.local.ServiceProcess;

/**
 * The three users' everyday paths through the Java clients OpenAPI Generator makes of the published documents
 * (api-clients), as an integrator would call them: no request here is written by hand. The ministry finds the latest
 * filed monthly operations report and downloads it as JSON, PDF and CSV, and reads the status; a school lists a week's
 * slots, books a class, reads the booking back with its ETag, moves and cancels it, and reads a refusal as a typed
 * problem; the operations staff register, annotate and resolve an incident.
 */
@ExtendWith(DemoPlatform.class)
class GeneratedClientsTest {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);
    private static final String SCHOOL = "280010";
    private static final ZoneId PORTAL_ZONE = ZoneId.of("Europe/Copenhagen");
    /** A week of the demo school year with the national tests' slots, ahead of any date the suite runs on. */
    private static final LocalDate TEST_WEEK = LocalDate.of(2027, 5, 10);

    private static DemoPlatform.Services platform;

    @BeforeAll
    static void onThePlatformWithItsDemoMonth(DemoPlatform.Services running) {
        platform = running;
    }

    @Test
    void theMinistryDownloadsTheLatestMonthlyOperationsReportAsJsonPdfAndCsvAndReadsTheStatus() throws Exception {
        ReportArchiveApi archive = new ReportArchiveApi(report(platform.get("report").token("ministry")));
        ReportsApi reports = new ReportsApi(report(platform.get("report").token("ministry")));

        ArchivedReportResponse latest = archive.listArchivedReports(ReportKind.MONTHLY_OPERATIONS, null).get(0);
        MonthlyOperationsReport figures = reports.getMonthlyOperationsReport("json", null, latest.getPeriod());
        File pdf = archive.downloadFiledReport(latest.getId(), "pdf", "da");
        File csv = archive.downloadFiledReport(latest.getId(), "csv", "en");
        File livePdf = reports.downloadMonthlyOperationsReport("pdf", "en", latest.getPeriod());
        StatusResponse status = new StatusApi(report(platform.get("report").token("ministry"))).getStatus(latest.getPeriod());

        assertThat(figures.getPeriod()).isEqualTo(latest.getPeriod());
        assertThat(figures.getSystems()).isNotEmpty();
        assertThat(Files.readAllBytes(pdf.toPath())).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        assertThat(sha256(pdf)).as("the PDF as filed").isEqualTo(filed(latest, "application/pdf", "da").getSha256());
        assertThat(sha256(csv)).as("the CSV as filed").isEqualTo(filed(latest, "text/csv", "en").getSha256());
        assertThat(Files.readString(csv.toPath(), StandardCharsets.UTF_8).lines().count()).isGreaterThan(2);
        assertThat(Files.readAllBytes(livePdf.toPath())).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        assertThat(Stream.concat(status.getSystems().stream().map(SystemMonthFigures::getSystemCode),
                status.getPending().stream().map(SystemRecord::getCode))).as("the month's systems, their figures made or on the way")
                .contains("NT", "FKA");
    }

    @Test
    void aSchoolListsAWeeksSlotsBooksAClassReadsItBackMovesAndCancelsItAndReadsARefusalAsATypedProblem() throws Exception {
        ClassResponse pupils = new ClassesApi(booking(platform.get("booking").token("admin"))).addClass(SCHOOL, new ClassRequest()
                .name("4G").grade(4).pupils(IntStream.rangeClosed(1, 20).mapToObj(n -> "%s-4g-%02d".formatted(SCHOOL, n)).toList()));
        dk.servicelevel.client.booking.ApiClient asSchool = booking(platform.get("booking").schoolToken(SCHOOL));
        SlotsApi slots = new SlotsApi(asSchool);
        BookingsApi bookings = new BookingsApi(asSchool);

        List<SlotView> week = Stream.iterate(TEST_WEEK.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), day -> day.plusDays(1)).limit(5)
                .flatMap(day -> slotsOf(slots, day).stream()).toList();
        SlotView first = week.get(0);
        SlotView later = week.get(week.size() - 1);
        var booked = bookings.bookClassWithHttpInfo(request(pupils, "DANISH-READING-4", first.getStart()));
        var readBack = bookings.getBookingWithHttpInfo(booked.getData().getId());
        BookingResponse moved = bookings.moveBooking(booked.getData().getId(), etag(readBack.getHeaders()),
                request(pupils, "DANISH-READING-4", later.getStart()));
        var movedRead = bookings.getBookingWithHttpInfo(moved.getId());
        BookingResponse cancelled = bookings.cancelBooking(moved.getId(), etag(movedRead.getHeaders()));
        var refused = catchThrowableOfType(dk.servicelevel.client.booking.ApiException.class,
                () -> bookings.bookClass(request(pupils, "MATHEMATICS-3", later.getStart())));

        assertThat(week).hasSizeGreaterThan(5).allSatisfy(slot -> assertThat(slot.getCapacity()).isPositive());
        assertThat(booked.getStatusCode()).isEqualTo(201);
        assertThat(booked.getHeaders().get("location")).singleElement().asString().endsWith("/api/v1/bookings/" + booked.getData().getId());
        assertThat(readBack.getData().getSlotStart()).isEqualTo(first.getStart());
        assertThat(moved.getSlotStart()).isEqualTo(later.getStart());
        assertThat(cancelled.getState()).isEqualTo(BookingState.CANCELLED);
        assertThat(refused.getCode()).isEqualTo(422);
        dk.servicelevel.client.booking.model.Problem problem = asSchool.getObjectMapper().readValue(refused.getResponseBody(),
                dk.servicelevel.client.booking.model.Problem.class);
        assertThat(problem.getStatus()).isEqualTo(422);
        assertThat(problem.getViolations()).extracting(dk.servicelevel.client.booking.model.Violation::getField).containsExactly("test");
    }

    @Test
    void theOperationsStaffRegisterAnnotateAndResolveAnIncident() throws Exception {
        FaultLogApi faultLog = new FaultLogApi(incident(platform.get("incident").token("vendor-ops")));
        OffsetDateTime detected = OffsetDateTime.now(PORTAL_ZONE).minusHours(1).withNano(0);

        IncidentRequest slowTasks = new IncidentRequest().systemCode("NT").layer(Layer.APPLICATION).environment(Environment.PRODUCTION)
                .category(3).statusColour(StatusColour.YELLOW).title("Langsom indlæsning af opgaver").detectedAt(detected);
        IncidentResponse registered = faultLog.registerIncident(slowTasks);
        faultLog.addIncidentNote(registered.getId(), new NoteRequest().text("Belastningen på databasen undersøges"));
        var read = faultLog.getIncidentWithHttpInfo(registered.getId());
        var restored = faultLog.updateIncidentWithHttpInfo(registered.getId(), etag(read.getHeaders()),
                slowTasks.restoredAt(detected.plusMinutes(40)).cause("Et indeks manglede efter en opdatering").handling("Indekset lagt på igen"));
        IncidentResponse resolved = faultLog.transitionIncident(registered.getId(), etag(restored.getHeaders()),
                new TransitionRequest().state(IncidentState.RESOLVED).note("Opgaverne indlæses igen på under et sekund"));

        assertThat(registered.getState()).isEqualTo(IncidentState.REGISTERED);
        assertThat(read.getData().getTimeline()).extracting(entry -> entry.getText()).contains("Belastningen på databasen undersøges");
        assertThat(resolved.getState()).isEqualTo(IncidentState.RESOLVED);
        assertThat(resolved.getRestoredAt()).isAtSameInstantAs(detected.plusMinutes(40));
        assertThat(resolved.getCause()).isEqualTo("Et indeks manglede efter en opdatering");
        assertThat(faultLog.getIncident(registered.getId()).getState()).isEqualTo(IncidentState.RESOLVED);
    }

    private static List<SlotView> slotsOf(SlotsApi slots, LocalDate day) {
        try {
            return slots.listSlots(day);
        } catch (dk.servicelevel.client.booking.ApiException e) {
            throw new AssertionError("slots of " + day + ": " + e.getCode() + " " + e.getResponseBody(), e);
        }
    }

    private static BookingRequest request(ClassResponse pupils, String test, OffsetDateTime slotStart) {
        return new BookingRequest().test(test).classId(pupils.getId()).slotStart(slotStart);
    }

    private static String etag(Map<String, List<String>> headers) {
        return headers.get("etag").get(0);
    }

    private static FiledFormat filed(ArchivedReportResponse report, String mediaType, String language) {
        return report.getFormats().stream().filter(f -> f.getMediaType().equals(mediaType) && language.equals(f.getLanguage()))
                .findFirst().orElseThrow();
    }

    private static String sha256(File file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file.toPath())));
    }

    private static dk.servicelevel.client.booking.ApiClient booking(String token) {
        dk.servicelevel.client.booking.ApiClient client = new dk.servicelevel.client.booking.ApiClient();
        configured(platform.get("booking"), token, client::updateBaseUri, client::setRequestInterceptor);
        return client.setReadTimeout(READ_TIMEOUT);
    }

    private static dk.servicelevel.client.incident.ApiClient incident(String token) {
        dk.servicelevel.client.incident.ApiClient client = new dk.servicelevel.client.incident.ApiClient();
        configured(platform.get("incident"), token, client::updateBaseUri, client::setRequestInterceptor);
        return client.setReadTimeout(READ_TIMEOUT);
    }

    private static dk.servicelevel.client.report.ApiClient report(String token) {
        dk.servicelevel.client.report.ApiClient client = new dk.servicelevel.client.report.ApiClient();
        configured(platform.get("report"), token, client::updateBaseUri, client::setRequestInterceptor);
        return client.setReadTimeout(READ_TIMEOUT);
    }

    /** The service's address and the caller's bearer token: all an integrator configures. */
    private static void configured(ServiceProcess service, String token, Consumer<String> baseUri,
            Consumer<Consumer<java.net.http.HttpRequest.Builder>> interceptor) {
        baseUri.accept(service.url());
        interceptor.accept(request -> request.header("Authorization", "Bearer " + token));
    }
}
