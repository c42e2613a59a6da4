package dk.servicelevel.report.source;

import java.util.ArrayList;
import java.util.List;

import io.smallrye.mutiny.Uni;

/** Runs calls one after the other, so that a report does not flood the services it reads. */
public final class OneAtATime {

    private OneAtATime() {
    }

    public static <T> Uni<List<T>> all(List<Uni<T>> calls) {
        Uni<List<T>> all = Uni.createFrom().item(new ArrayList<>());
        for (Uni<T> call : calls) {
            all = all.chain(list -> call.map(item -> {
                list.add(item);
                return list;
            }));
        }
        return all;
    }
}
