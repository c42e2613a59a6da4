package dk.servicelevel.local;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

/** Creates the services' databases on a server that may already hold some of them. */
final class PostgresDatabases {

    static final String SUPERUSER = "postgres";

    private PostgresDatabases() {
    }

    static void createMissing(DataSource server, List<String> databases) {
        try (Connection connection = server.getConnection();
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?");
                Statement create = connection.createStatement()) {
            for (String database : databases) {
                if (!database.matches("[a-z_]+")) {
                    throw new IllegalArgumentException("Not a plain database name: " + database);
                }
                exists.setString(1, database);
                if (!exists.executeQuery().next()) {
                    create.execute("CREATE DATABASE " + database);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the databases " + databases, e);
        }
    }
}
