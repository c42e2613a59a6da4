package dk.servicelevel.local.architecture.shop.order;

/** An order as the API answers it. */
public record OrderResponse(String id) {

    static OrderResponse of(Order order) {
        return new OrderResponse(order.id());
    }
}
