package dk.servicelevel.local.architecture.shop.invoice;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** A service class that writes its own query instead of asking a repository. */
public class InvoiceTotals {

    public PreparedStatement totals(Connection connection) throws SQLException {
        return connection.prepareStatement("SELECT sum(amount) FROM invoice");
    }
}
