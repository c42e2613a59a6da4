package dk.servicelevel.local.architecture.shop.order;

/** The API's edge: turns the desk's orders into the API's records. */
public class OrderResource {

    private final OrderDesk desk = new OrderDesk();

    public OrderResponse get(String id) {
        return OrderResponse.of(desk.find(id));
    }

    public OrderResponse place(String id) {
        return desk.place(id);
    }
}
