package id.meritasn.assessment;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Assessment inputs for every active employee of an agency, generated set-based in SQL from a hash of the NIP (so the
 * same employees always get the same inputs): SKP as docs/demo-data.md describes (hasil kerja 65% sesuai, 28% di atas;
 * perilaku 62% sesuai, 35% di atas: about 10% Sangat Baik, 80% Baik, 10% below), levels around each competency's
 * required level of the employee's position standard, potential 40-90 peaking in the sixties, field fit for four in
 * five, "no sanction" declared, three peers' 360 feedback. Used by the talent map benchmark and the
 * national generator, on the caller's connection and transaction.
 */
public final class AssessmentData {

    private AssessmentData() {}

    /** Returns the number of active employees that got inputs. {@code schema} must be a validated tenant schema. */
    public static int seedInputs(Connection c, String schema, long period) throws SQLException {
        try (Statement s = c.createStatement()) {
            String employees =
                    "(SELECT nip, abs(hashtext(nip)) AS h FROM " + schema + ".employee WHERE status = 'ACTIVE') e";
            String input = "INSERT INTO " + schema
                    + ".assessment_input (period_id, nip, kind, payload, evidence, entered_by) ";
            s.executeUpdate(input + "SELECT " + period + ", nip, 'SKP', jsonb_build_object("
                    + "'hasilKerja', CASE WHEN h % 100 < 65 THEN 'SESUAI_EKSPEKTASI' WHEN h % 100 < 93 THEN 'DI_ATAS_EKSPEKTASI'"
                    + " ELSE 'DI_BAWAH_EKSPEKTASI' END, 'perilakuKerja', CASE WHEN h / 100 % 100 < 62 THEN 'SESUAI_EKSPEKTASI'"
                    + " WHEN h / 100 % 100 < 97 THEN 'DI_ATAS_EKSPEKTASI' ELSE 'DI_BAWAH_EKSPEKTASI' END),"
                    + " 'e-Kinerja (generated)', 'generator' FROM " + employees);
            // achieved around the required level, as DemoInputs draws it: 5% two short, 35% one short, 45% as
            // required, 15% one above
            s.executeUpdate(input + "SELECT " + period + ", e.nip, 'COMPETENCY', jsonb_object_agg(cs.competency,"
                    + " greatest(1, least(5, cs.required_level + (ARRAY[-2,-1,-1,-1,-1,-1,-1,-1,0,0,0,0,0,0,0,0,0,1,1,1])"
                    + "[1 + abs(hashtext(e.nip || cs.competency)) % 20]))), 'asesmen (generated)', 'generator' FROM "
                    + schema + ".employee e JOIN " + schema + ".competency_standard cs ON cs.jabatan_id = e.jabatan_id"
                    + " WHERE e.status = 'ACTIVE' GROUP BY e.nip");
            // 40 to 90, the sum of two uniform draws (DemoInputs.potential)
            s.executeUpdate(input + "SELECT " + period + ", nip, 'POTENTIAL', jsonb_build_object('score',"
                    + " (40 + abs(hashtext(nip || 'potensi')) % 26 + abs(hashtext(nip || 'cact')) % 26)::text),"
                    + " 'Profiling ASN (generated)', 'generator' FROM " + employees);
            s.executeUpdate(input + "SELECT " + period + ", nip, 'FIELD_FIT', jsonb_build_object('fits', h % 5 > 0),"
                    + " 'ijazah (generated)', 'generator' FROM " + employees);
            // discipline status must be stated (DOMAIN.md): "no sanction" declared for everyone; sanctions on record
            // still decide over it
            s.executeUpdate(input + "SELECT " + period + ", nip, 'DISCIPLINE', jsonb_build_object('noSanction', true),"
                    + " 'pernyataan kepala unit (generated)', 'generator' FROM " + employees);
            s.executeUpdate("INSERT INTO " + schema + ".feedback_360 (period_id, nip, rater_ref, rater_group, score) "
                    + "SELECT " + period + ", nip, 'r' || r, 'PEER', 3 + abs(hashtext(nip || r)) % 3 FROM " + employees
                    + " CROSS JOIN generate_series(1, 3) r");
            // as autovacuum would have done after a bulk load; only this agency's tables (the computation reads these),
            // not the whole database
            for (String table : new String[] {
                "unit_kerja",
                "jabatan",
                "competency_standard",
                "employee",
                "rank_history",
                "position_history",
                "education_history",
                "award",
                "team_assignment",
                "training",
                "discipline",
                "lhkpn",
                "assessment_input",
                "feedback_360"
            }) {
                s.execute("ANALYZE " + schema + "." + table);
            }
            try (ResultSet rs =
                    s.executeQuery("SELECT count(*) FROM " + schema + ".employee WHERE status = 'ACTIVE'")) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
