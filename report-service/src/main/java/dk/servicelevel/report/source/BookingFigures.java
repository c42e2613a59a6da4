package dk.servicelevel.report.source;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dk.servicelevel.api.remote.GuardedCalls;
import dk.servicelevel.report.ReportMonth;
import io.smallrye.mutiny.Uni;

/** Usage and capacity warnings of the national tests, read from booking-service. */
@ApplicationScoped
public class BookingFigures {

    private static final String SOURCE = "booking-service";

    private final BookingServiceClient client;
    private final GuardedCalls guarded;

    BookingFigures(@RestClient BookingServiceClient client, GuardedCalls guarded) {
        this.client = client;
        this.guarded = guarded;
    }

    /** Usage per test and HOUR, DAY or MONTH from the first month's start to the last month's end. */
    public Uni<List<UsageFigures>> usage(ReportMonth first, ReportMonth last, String per) {
        return guarded(() -> client.usage(first.start().toString(), last.end().toString(), per, first.zone().getId()));
    }

    public Uni<List<CapacityWarning>> capacityWarnings(ReportMonth month) {
        LocalDate from = month.month().atDay(1);
        return guarded(() -> client.capacityWarnings(from.toString(), from.plusMonths(1).toString()));
    }

    private <T> Uni<T> guarded(Supplier<Uni<T>> call) {
        return guarded.to(SOURCE, call);
    }
}
