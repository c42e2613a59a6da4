package dk.servicelevel.local.architecture.shop.order;

import dk.servicelevel.local.architecture.bank.Account;
import dk.servicelevel.local.architecture.shop.invoice.Invoice;

/** Breaks two rules on purpose: it uses another service's class and its feature is in a loop with invoice. */
public record Order(String id, Account payer) {

    public Invoice invoice() {
        return new Invoice(this);
    }
}
