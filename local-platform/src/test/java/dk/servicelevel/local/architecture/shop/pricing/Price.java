package dk.servicelevel.local.architecture.shop.pricing;

import com.fasterxml.jackson.databind.ObjectMapper;

/** A rule class that uses a framework on purpose. */
public final class Price {

    private Price() {
    }

    public static String asJson(long cents) {
        return new ObjectMapper().valueToTree(cents).toString();
    }
}
