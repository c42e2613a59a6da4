package dk.servicelevel.booking.capacity;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class CapacityModelRepository implements PanacheRepositoryBase<CapacityModelRecord, Integer> {

    /** The one capacity model, made by the first migration. */
    public Uni<CapacityModelRecord> current() {
        return findById(CapacityModelRecord.ONLY);
    }
}
