package dk.servicelevel.local.architecture.shop.order;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Where the order feature's queries belong. */
public class OrderRepository {

    public PreparedStatement openOrders(Connection connection) throws SQLException {
        return connection.prepareStatement("SELECT id FROM orders WHERE open");
    }
}
