package dk.servicelevel.report.statuspage;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dk.servicelevel.report.ReportConfig;
import dk.servicelevel.report.ReportMonth;
import dk.servicelevel.report.source.IncidentRecords;
import dk.servicelevel.report.source.SlaFigures;
import dk.servicelevel.report.source.SystemColour;
import dk.servicelevel.report.source.SystemRecord;
import dk.servicelevel.report.source.UpdatedSystems;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * The status page's figures, computed once per system and month and kept in memory, so that the page answers at
 * once whatever the number of systems. A system's figures are computed again in the background when incident-service
 * says one of its records was written, and when they are older than the month allows (the current month's
 * availability changes as it goes on); meanwhile the figures computed before are shown, with the time they are from.
 */
@ApplicationScoped
public class StatusBoard {

    private static final Logger LOG = Logger.getLogger(StatusBoard.class);

    /** The board of a month: the systems whose figures are ready, those still being computed, and the colours now. */
    public record Board(YearMonth month, List<SystemMonthFigures> systems, List<SystemRecord> pending,
            List<SystemColour> colours, Instant coloursReadAt, String problem) {

        /** Nothing to show, because a service the figures come from has not answered. */
        public boolean unavailable() {
            return systems.isEmpty() && pending.isEmpty() && problem != null;
        }
    }

    private record Colours(List<SystemColour> colours, Instant readAt) {
    }

    private final SystemMonthReader reader;
    private final SlaFigures slas;
    private final IncidentRecords incidents;
    private final StatusConfig config;
    private final ReportConfig reports;
    private final Clock clock;
    private final AsyncLoadingCache<SystemMonth, SystemMonthFigures> figures;
    private final AtomicReference<StatusCatalogue> catalogue = new AtomicReference<>();
    private final AtomicReference<CompletableFuture<StatusCatalogue>> catalogueRead = new AtomicReference<>();
    private final AtomicReference<Colours> colours = new AtomicReference<>(new Colours(List.of(), null));
    private final AtomicReference<String> problem = new AtomicReference<>();
    private final Map<String, Instant> lastWrites = new ConcurrentHashMap<>();
    private volatile Instant updatesReadAt;

    StatusBoard(SystemMonthReader reader, SlaFigures slas, IncidentRecords incidents, StatusConfig config,
            ReportConfig reports, Clock clock) {
        this.reader = reader;
        this.slas = slas;
        this.incidents = incidents;
        this.config = config;
        this.reports = reports;
        this.clock = clock;
        this.figures = Caffeine.newBuilder().maximumSize(config.maxSystemMonths()).buildAsync((key, executor) -> read(key));
    }

    void fillTheCurrentMonth(@Observes StartupEvent started) {
        of(currentMonth());
    }

    public YearMonth currentMonth() {
        return YearMonth.now(clock.withZone(reports.zone()));
    }

    /**
     * What is known of the month: once the catalogue is read (at start-up, so at once but for the first moments), the
     * systems whose figures are computed and those still being computed; a problem when the catalogue cannot be read.
     */
    public CompletableFuture<Board> of(YearMonth month) {
        StatusCatalogue known = catalogue.get();
        return (known != null ? CompletableFuture.completedFuture(known) : readCatalogue())
                .handle((read, failure) -> read == null ? unknown(month) : of(month, read));
    }

    /** What is known of the month now, without waiting for anything. */
    public Board known(YearMonth month) {
        StatusCatalogue known = catalogue.get();
        return known == null ? unknown(month) : of(month, known);
    }

    private Board unknown(YearMonth month) {
        Colours now = colours.get();
        return new Board(month, List.of(), List.of(), now.colours(), now.readAt(), problem.get());
    }

    private Board of(YearMonth month, StatusCatalogue known) {
        Colours now = colours.get();
        List<SystemMonthFigures> ready = new ArrayList<>();
        List<SystemRecord> pending = new ArrayList<>();
        for (SystemRecord system : known.systemsIn(new ReportMonth(month, reports.zone()))) {
            CompletableFuture<SystemMonthFigures> figure = figures.get(new SystemMonth(system.code(), month));
            if (figure.isDone() && !figure.isCompletedExceptionally()) {
                ready.add(figure.join());
            } else {
                pending.add(system);
            }
        }
        return new Board(month, ready, pending, now.colours(), now.readAt(), problem.get());
    }

    /**
     * The figures of one system in a month once computed; empty when the catalogue has no such system with an SLA in
     * force that month.
     */
    public CompletableFuture<Optional<SystemMonthFigures>> of(String systemCode, YearMonth month) {
        ReportMonth reportMonth = new ReportMonth(month, reports.zone());
        StatusCatalogue known = catalogue.get();
        return (known != null ? CompletableFuture.completedFuture(known) : readCatalogue()).thenCompose(read ->
                read.slasOf(systemCode, reportMonth).isEmpty() ? CompletableFuture.completedFuture(Optional.empty())
                        : figures.get(new SystemMonth(systemCode, month)).thenApply(Optional::of));
    }

    /** Whether the catalogue, once read, has no system of this code (until it is read, no code is known to be wrong). */
    public boolean knowsNoSystem(String systemCode) {
        StatusCatalogue known = catalogue.get();
        return known != null && known.system(systemCode) == null;
    }

    /** The system's name in the catalogue, or its code until the catalogue is read. */
    public String nameOf(String systemCode) {
        StatusCatalogue known = catalogue.get();
        SystemRecord system = known == null ? null : known.system(systemCode);
        return system == null ? systemCode : system.name();
    }

    /**
     * Asks which systems' records were written since the last time, reads the colours and then computes those systems'
     * figures again (so a page never shows an incident whose colour is not yet on the board), and reads the catalogue
     * again when its SLAs changed.
     */
    @Scheduled(every = "${status.poll-every}", delayed = "${status.poll-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refresh() {
        Instant since = (updatesReadAt != null ? updatesReadAt : clock.instant()).minus(config.overlap());
        return incidents.updatedSince(since)
                .chain(updated -> incidents.currentColours().invoke(read -> {
                    colours.set(new Colours(read, clock.instant()));
                    computeAgain(updated);
                }))
                .chain(slas::slaIds).invoke(this::computeAgainWhatIsOld)
                .invoke(() -> problem.set(null))
                .replaceWithVoid()
                .onFailure().recoverWithItem(failure -> {
                    problem.set(failure.getMessage());
                    LOG.warnf("The status page keeps its figures: %s", failure.getMessage());
                    return null;
                });
    }

    private void computeAgain(UpdatedSystems updated) {
        updatesReadAt = updated.readAt();
        for (UpdatedSystems.SystemWrite write : updated.systems()) {
            Instant before = lastWrites.put(write.systemCode(), write.lastWrittenAt());
            if (!write.lastWrittenAt().equals(before)) {
                figures.synchronous().asMap().keySet().stream()
                        .filter(key -> key.systemCode().equals(write.systemCode()))
                        .forEach(key -> figures.synchronous().refresh(key));
            }
        }
    }

    /** Reads the catalogue again when an SLA was added or removed, or when it is as old as the current month's figures may be. */
    private void computeAgainWhatIsOld(Set<String> slaIds) {
        Instant now = clock.instant();
        StatusCatalogue known = catalogue.get();
        if (known != null && (!known.slaIds().equals(slaIds) || known.readAt().plus(config.currentMonthMaxAge()).isBefore(now))) {
            readCatalogue();
        }
        YearMonth current = currentMonth();
        figures.synchronous().asMap().forEach((key, figure) -> {
            var maxAge = key.month().equals(current) ? config.currentMonthMaxAge() : config.closedMonthMaxAge();
            if (figure.computedAt().plus(maxAge).isBefore(now)) {
                figures.synchronous().refresh(key);
            }
        });
    }

    private CompletableFuture<StatusCatalogue> readCatalogue() {
        CompletableFuture<StatusCatalogue> started = new CompletableFuture<>();
        CompletableFuture<StatusCatalogue> running = catalogueRead.compareAndExchange(null, started);
        if (running != null) {
            return running;
        }
        Uni.combine().all().unis(slas.systems(), slas.slas())
                .with((systems, all) -> new StatusCatalogue(systems, all, clock.instant()))
                .subscribe().with(read -> {
                    catalogue.set(read);
                    problem.set(null);
                    catalogueRead.set(null);
                    started.complete(read);
                }, failure -> {
                    problem.set(failure.getMessage());
                    catalogueRead.set(null);
                    started.completeExceptionally(failure);
                });
        return started;
    }

    private CompletableFuture<SystemMonthFigures> read(SystemMonth key) {
        StatusCatalogue known = catalogue.get();
        ReportMonth month = new ReportMonth(key.month(), reports.zone());
        return reader.read(known.system(key.systemCode()), known.slasOf(key.systemCode(), month), month)
                .onFailure().invoke(failure -> problem.set(failure.getMessage()))
                .subscribeAsCompletionStage();
    }
}
