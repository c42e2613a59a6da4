package dk.servicelevel.booking.warmup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import dk.servicelevel.api.ServiceToken;
import dk.servicelevel.booking.booking.SeatReservation;
import dk.servicelevel.booking.session.Arrival;
import dk.servicelevel.booking.session.SessionEvent;
import dk.servicelevel.booking.session.SessionEventJournal;
import dk.servicelevel.booking.session.SessionFacts;
import dk.servicelevel.booking.session.SessionFactsCache;
import dk.servicelevel.booking.session.UserClass;
import dk.servicelevel.booking.slot.SlotBoard;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.vertx.http.HttpServer;
import io.quarkus.vertx.http.HttpServerStart;

/**
 * A replica takes traffic only when warm. Right after its HTTP server starts, before readiness says UP, it plays the
 * hot paths of a test day against itself: bookings, clicks and reads of a day's slots through its own HTTP port with a
 * token for itself (so Netty, routing, token checks, JSON, validation and the resources run as for a school), and the
 * booking's and the click's statements on the database with nothing that fits or no session to write to, so nothing
 * is written. The JIT compiles what the first rush needs, every connection of the pool opens and prepares its
 * statements. The requests name no class that exists, and a session no row has that this replica alone knows for the
 * warm-up (so its clicks are admitted as a booked session's are, then find it not running): they are answered 422
 * and measured nowhere.
 */
@ApplicationScoped
public class WarmUp {

    private static final Logger LOG = Logger.getLogger(WarmUp.class);
    /** No class and no session has this id: ids are positive. */
    private static final long NOBODY = 0;
    private static final String TEST = "DANISH-READING-4";
    /** Booking requests name slots two weeks ahead, as the rush does. */
    private static final int DAYS_AHEAD = 14;
    private static final String BEARER = "Bearer ";
    /** The warm-up's session, known to this replica alone while it warms: a booked one, of no school. */
    private static final SessionFacts NOBODYS_SESSION = new SessionFacts(NOBODY, "", UserClass.GUARANTEED);
    private static final LocalTime FIRST_SLOT = LocalTime.of(9, 0);
    /**
     * Over five seconds the rounds themselves kept the compiler above 5 % for 180 s (39,497 rounds); over one second
     * it settled after 56-79 s (docs/load-and-benchmarks.md, "booking-service: a fresh replica").
     */
    private static final Duration COMPILING_MEASURED_OVER = Duration.ofSeconds(1);

    /**
     * Where the warm-up is: the rounds done of the rounds it plays at least, the share of a CPU the JIT compiler took
     * in the last second, since when, and how it ended.
     */
    public record Progress(int done, int rounds, double compiling, Instant started, Instant ended, String failure) {

        public boolean over() {
            return ended != null;
        }

        public Duration took() {
            return Duration.between(started, ended == null ? Instant.now() : ended);
        }
    }

    private final WarmUpConfig config;
    private final SeatReservation reservations;
    private final SessionEventJournal journal;
    private final SessionFactsCache sessions;
    private final SlotBoard slots;
    private final ServiceToken tokens;
    private final HttpServer server;
    private final Clock clock;
    private final String application;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicReference<Progress> progress = new AtomicReference<>();
    private final Compiler compiler = new Compiler();
    private ExecutorService rounds;

    WarmUp(WarmUpConfig config, SeatReservation reservations, SessionEventJournal journal, SessionFactsCache sessions, SlotBoard slots,
            ServiceToken tokens, HttpServer server, Clock clock, @ConfigProperty(name = "quarkus.application.name") String application) {
        this.config = config;
        this.reservations = reservations;
        this.journal = journal;
        this.sessions = sessions;
        this.slots = slots;
        this.tokens = tokens;
        this.server = server;
        this.clock = clock;
        this.application = application;
    }

    /** Where the warm-up is; before the HTTP server started, not begun. */
    public Progress progress() {
        Progress known = progress.get();
        return known == null ? new Progress(0, config.rounds(), compiler.share(), Instant.now(), null, null)
                : known.over() ? known : new Progress(done.get(), known.rounds(), compiler.share(), known.started(), null, null);
    }

    void onHttpServer(@ObservesAsync HttpServerStart listening) {
        Instant started = Instant.now();
        if (!config.enabled()) {
            progress.set(new Progress(0, 0, 0, started, started, null));
            return;
        }
        progress.set(new Progress(0, config.rounds(), compiler.share(), started, null, null));
        // the lanes and the one that waits for them
        rounds = Executors.newFixedThreadPool(config.concurrency() + 1, runnable -> new Thread(runnable, "warm-up"));
        CompletableFuture.runAsync(() -> play(server.getPort()), rounds)
                .orTimeout(config.atMost().toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((ended, failure) -> end(started, failure));
    }

    void onStop(@Observes ShutdownEvent stop) {
        if (rounds != null) {
            rounds.shutdownNow();
        }
    }

    /**
     * How busy the JIT compiler is: the share of a CPU it took over the last {@link #COMPILING_MEASURED_OVER}. Without
     * compilation time monitoring (a native image) it is never busy.
     */
    private final class Compiler {

        private final CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        private long askedAt = System.nanoTime();
        private long compiledMillis = compilationMillis();
        private volatile double share = 1;

        synchronized boolean busy() {
            long now = System.nanoTime();
            if (now - askedAt >= COMPILING_MEASURED_OVER.toNanos()) {
                long compiled = compilationMillis();
                share = (compiled - compiledMillis) / (double) TimeUnit.NANOSECONDS.toMillis(now - askedAt);
                askedAt = now;
                compiledMillis = compiled;
            }
            return jit != null && jit.isCompilationTimeMonitoringSupported() && share > config.compilingBelow();
        }

        double share() {
            return share;
        }

        private long compilationMillis() {
            return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
        }
    }

    private void play(int port) {
        sessions.remember(NOBODYS_SESSION);
        String token = BEARER + tokens.current(application).await().atMost(config.atMost());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI base = URI.create("http://localhost:" + port);
        String slotStart = LocalDate.now(clock).plusDays(DAYS_AHEAD).atTime(FIRST_SLOT).atZone(slots.zone()).toOffsetDateTime().toString();
        List<CompletableFuture<Void>> lanes = new ArrayList<>();
        for (int lane = 0; lane < config.concurrency(); lane++) {
            lanes.add(CompletableFuture.runAsync(() -> {
                int round;
                while (((round = done.getAndIncrement()) < config.rounds() || compiler.busy()) && !Thread.currentThread().isInterrupted()) {
                    round(http, base, token, slotStart, round % 2 == 0 ? UserClass.GUARANTEED : UserClass.BEST_EFFORT);
                }
                done.decrementAndGet();
            }, rounds));
        }
        CompletableFuture.allOf(lanes.toArray(CompletableFuture[]::new)).join();
    }

    private void round(HttpClient http, URI base, String token, String slotStart, UserClass userClass) {
        send(http, HttpRequest.newBuilder(base.resolve("/api/v1/bookings")).header("Authorization", token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"test\":\"" + TEST + "\",\"classId\":" + NOBODY + ",\"slotStart\":\"" + slotStart + "\"}")));
        send(http, HttpRequest.newBuilder(base.resolve("/api/v1/test-sessions/" + NOBODY + "/events")).header("Authorization", token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"ANSWER\"}")));
        send(http, HttpRequest.newBuilder(base.resolve("/api/v1/slots?date=" + slotStart.substring(0, 10))).header("Authorization", token).GET());
        reservations.rehearse().await().atMost(config.atMost());
        journal.record(new SessionFacts(NOBODY, NOBODYS_SESSION.institutionNumber(), userClass), SessionEvent.Kind.ANSWER,
                new Arrival(System.nanoTime(), clock.instant(), Arrival.CLICK, NOBODY), null).await().atMost(config.atMost());
    }

    private static void send(HttpClient http, HttpRequest.Builder request) {
        try {
            http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void end(Instant started, Throwable failure) {
        sessions.forget(NOBODY);
        String why = failure == null ? null : String.valueOf(failure.getCause() == null ? failure : failure.getCause());
        progress.set(new Progress(done.get(), config.rounds(), compiler.share(), started, Instant.now(), why));
        if (rounds != null) {
            rounds.shutdownNow();
        }
        if (why == null) {
            LOG.infof("Warmed up in %d ms: %d rounds of bookings, clicks and slots, until the JIT compiler took %.0f %% of a CPU",
                    Duration.between(started, Instant.now()).toMillis(), done.get(), 100 * compiler.share());
        } else {
            LOG.warnf("Ready without a full warm-up after %d of %d rounds: %s", done.get(), config.rounds(), why);
        }
    }
}
