package dk.servicelevel.local.architecture.shop.invoice;

import dk.servicelevel.local.architecture.shop.order.Order;

/** The other half of the loop between the order and invoice features. */
public record Invoice(Order order) {
}
