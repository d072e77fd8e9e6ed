package id.meritasn.employee;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.copy.CopyManager;

/** The COPY text rows of one agency's employees and histories, per table, and how they are written. */
/** COPY text rows per table, flushed every 5,000 employees so a 60,000-employee agency never sits in memory. */
final class CopyTables {
    final List<String> employees = new ArrayList<>();
    final List<String> ranks = new ArrayList<>();
    final List<String> education = new ArrayList<>();
    final List<String> positions = new ArrayList<>();
    final List<String> awards = new ArrayList<>();
    final List<String> teams = new ArrayList<>();
    final List<String> trainings = new ArrayList<>();
    final List<String> discipline = new ArrayList<>();
    final List<String> lhkpn = new ArrayList<>();

    void flush(CopyManager copy, String schema) throws SQLException {
        copy(
                copy,
                schema + ".employee (nip, name, back_title, golongan, golongan_tmt, jabatan_id, unit_id,"
                        + " retirement_date)",
                employees);
        copy(copy, schema + ".rank_history (nip, golongan, tmt, sk_number)", ranks);
        copy(copy, schema + ".education_history (nip, level, field, institution, graduation_year)", education);
        copy(copy, schema + ".position_history (nip, name, level, tmt, end_date)", positions);
        copy(copy, schema + ".award (nip, name, awarded_on)", awards);
        copy(copy, schema + ".team_assignment (nip, name, role, start_date, end_date)", teams);
        copy(copy, schema + ".training (nip, kind, name, completed_on, hours)", trainings);
        copy(copy, schema + ".discipline (nip, level, description, start_date, end_date)", discipline);
        copy(copy, schema + ".lhkpn (nip, year, status)", lhkpn);
        for (List<String> table :
                List.of(employees, ranks, education, positions, awards, teams, trainings, discipline, lhkpn)) {
            table.clear();
        }
    }

    static void copy(CopyManager copy, String target, List<String> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try {
            copy.copyIn("COPY " + target + " FROM STDIN", new StringReader(String.join("", rows)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line of COPY text format; values here never hold tabs, newlines or backslashes; null is \N. */
    static String row(Object... values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            line.append(values[i] == null ? "\\N" : values[i].toString());
        }
        return line.append('\n').toString();
    }
}
