package id.meritasn.national;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** What benchmarks read about a generated data set: its agencies, refusing a set that is missing or incomplete. */
public final class GeneratedData {

    public record Agency(String key, int employees) {}

    private GeneratedData() {}

    /** The agencies {@code ops/generate} completed for the scale, largest first. */
    public static List<Agency> agencies(ScaleDatabase.Coordinates db, Scale scale) {
        List<Agency> agencies = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT agency, employees FROM public.meritasn_generator WHERE scale = '"
                        + scale.key() + "' ORDER BY employees DESC, agency")) {
            while (rs.next()) {
                agencies.add(new Agency(rs.getString(1), rs.getInt(2)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("No generated data: run ops/generate " + scale.key() + " first", e);
        }
        if (agencies.size() != scale.agencies) {
            throw new IllegalStateException("The " + scale.key() + " data set is incomplete (" + agencies.size()
                    + " agencies): run ops/generate " + scale.key() + " to finish it");
        }
        return agencies;
    }
}
