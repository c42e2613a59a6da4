package dk.servicelevel.local.architecture.shop.pricing;

/** A rule class in plain Java. */
public record Discount(int percent) {

    public long applyTo(long cents) {
        return cents * (100 - percent) / 100;
    }
}
