package id.meritasn.employee;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * One agency of the national data set, written with COPY on the caller's connection and transaction: the demo
 * generator's organization (plus one service unit, a school or a health centre, per 300 employees, as regencies have)
 * and vocabulary, with a population model closer to the ASN statistics than the demo's: age from the ASN age pyramid
 * (older-heavy), education level first, first appointment after education, golongan from the entry golongan of that
 * education plus a regular promotion every four years. NIPs are valid (birth date, appointment at 18 or later, gender)
 * and nationally unique: the sequence digits are the agency's number in the plan, and a clash inside the agency
 * redraws the birth day.
 */
public final class NationalEmployees {

    /** Share of employees per age band 20-24, 25-29, ... 55-59 (BKN statistics: about half are 46 or older). */
    static final int[] AGE_BAND_WEIGHT = {2, 7, 11, 13, 15, 17, 19, 16};

    static final String[] EDUCATION = {"SD", "SMP", "SLTA", "D3", "D4", "S1", "S2", "S3"};
    static final int[] EDUCATION_WEIGHT = {1, 1, 15, 11, 4, 54, 13, 1};
    /**
     * Entry golongan (index into {@link #GOLONGAN}) per education level above, and the ceiling of regular promotion
     * (SD II/c ... SLTA III/b, D3 III/c, S1 III/d, S2 IV/a, S3 IV/b); functional experts go two steps further.
     */
    static final int[] ENTRY_RANK = {0, 1, 4, 6, 8, 8, 9, 10};

    static final int[] CEILING_RANK = {6, 7, 9, 10, 11, 11, 12, 13};
    static final String[] GOLONGAN = {
        "I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b",
        "IV/c", "IV/d", "IV/e"
    };
    static final String[] UNIVERSITIES = {
        "Universitas Indonesia",
        "Universitas Gadjah Mada",
        "Universitas Sumatera Utara",
        "Universitas Airlangga",
        "Universitas Hasanuddin",
        "Universitas Padjadjaran",
        "Universitas Terbuka",
        "Institut Pemerintahan Dalam Negeri"
    };

    /** What was written: counts per table. */
    public record Written(int units, int positions, int employees, int histories) {}

    private NationalEmployees() {}

    /**
     * Writes units, positions with standards, employees and their histories into {@code schema}. The connection's
     * transaction is the caller's; the same seed, size and date always give the same rows.
     */
    public static Written write(
            Connection connection,
            String schema,
            boolean ministry,
            int employees,
            int agencyNumber,
            LocalDate today,
            long seed)
            throws SQLException {
        if (agencyNumber < 1 || agencyNumber > 999) {
            throw new IllegalArgumentException("The NIP sequence holds agencies 1-999, not " + agencyNumber);
        }
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        Random random = new Random(seed);
        DemoEmployeeGenerator.Plan plan = DemoEmployeeGenerator.plan(ministry, employees);
        List<String[]> units = new ArrayList<>(plan.units());
        // service units (schools, health centres, UPT) under the first two top-level units, one per 300 employees
        for (int i = 0; i < employees / 300; i++) {
            String parent = i % 2 == 0 ? "U1" : "U2";
            String kind = ministry ? "UPT" : i % 2 == 0 ? "Sekolah" : "Puskesmas";
            units.add(new String[] {"S" + (i + 1), kind + " " + (i + 1), parent});
        }
        CopyTables.copy(
                copy,
                schema + ".unit_kerja (code, name)",
                units.stream().map(u -> CopyTables.row(u[0], u[1])).toList());
        Map<String, Long> unitIds = ids(connection, schema + ".unit_kerja");
        List<String> parents = new ArrayList<>();
        for (String[] unit : units) {
            if (unit[2] != null) {
                parents.add(unitIds.get(unit[0]) + "\t" + unitIds.get(unit[2]));
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + schema + ".unit_kerja u SET parent_id ="
                + " p.parent FROM (SELECT split_part(x, E'\\t', 1)::bigint id, split_part(x, E'\\t', 2)::bigint parent"
                + " FROM unnest(?::text[]) x) p WHERE u.id = p.id")) {
            update.setArray(1, connection.createArrayOf("text", parents.toArray()));
            update.executeUpdate();
        }

        // positions: a head per unit (the demo's levels; service units get a Pengawas), four shared posts per top unit
        List<String> positionRows = new ArrayList<>();
        List<String[]> positionDefs = new ArrayList<>(); // {code, level, unitCode, head?}
        for (String[] unit : units) {
            boolean root = unit[2] == null;
            boolean service = unit[0].startsWith("S");
            boolean top = !root && !service && !unit[0].contains(".");
            String level = root ? "JPT_MADYA" : top ? "JPT_PRATAMA" : service ? "PENGAWAS" : "ADMINISTRATOR";
            String minGol = level.startsWith("JPT") ? "IV/c" : level.equals("PENGAWAS") ? "III/b" : "IV/a";
            positionDefs.add(new String[] {"K." + unit[0], level, unit[0], "head"});
            positionRows.add(CopyTables.row(
                    "K." + unit[0], "Kepala " + unit[1], level, unitIds.get(unit[0]), minGol, top || root));
            if (top || root || service) {
                String[][] shared = service
                        ? new String[][] {
                            {
                                "F1",
                                ministry
                                        ? "Analis Ahli Pertama"
                                        : unit[1].startsWith("Sekolah") ? "Guru Ahli Pertama" : "Perawat Ahli Pertama",
                                "AHLI_PERTAMA",
                                "III/a"
                            },
                            {
                                "F3",
                                ministry
                                        ? "Teknisi Terampil"
                                        : unit[1].startsWith("Sekolah") ? "Guru Ahli Muda" : "Bidan Terampil",
                                unit[1].startsWith("Sekolah") ? "AHLI_MUDA" : "TERAMPIL",
                                "II/c"
                            },
                            {"PL", "Pengadministrasi Umum", "PELAKSANA", "II/a"}
                        }
                        : new String[][] {
                            {"F1", "Analis Kebijakan Ahli Muda", "AHLI_MUDA", "III/c"},
                            {"F2", "Analis SDM Aparatur Ahli Pertama", "AHLI_PERTAMA", "III/a"},
                            {"F3", "Pranata Komputer Terampil", "TERAMPIL", "II/c"},
                            {"PL", "Pengadministrasi Umum", "PELAKSANA", "II/a"}
                        };
                for (String[] p : shared) {
                    String code = p[0] + "." + unit[0];
                    positionDefs.add(new String[] {code, p[2], unit[0], "shared"});
                    positionRows.add(CopyTables.row(code, p[1], p[2], unitIds.get(unit[0]), p[3], false));
                }
            }
        }
        CopyTables.copy(copy, schema + ".jabatan (code, name, level, unit_id, min_golongan, critical)", positionRows);
        Map<String, Long> positionIds = ids(connection, schema + ".jabatan");
        List<String> standards = new ArrayList<>();
        for (String[] p : positionDefs) {
            long id = positionIds.get(p[0]);
            String level = p[1];
            int required =
                    level.startsWith("JPT") ? 4 : level.equals("ADMINISTRATOR") || level.equals("AHLI_MUDA") ? 3 : 2;
            for (String competency : DemoWords.MANAGERIAL) {
                standards.add(CopyTables.row(id, competency, "MANAGERIAL", required));
            }
            standards.add(CopyTables.row(id, "perekat_bangsa", "SOCIO_CULTURAL", Math.min(required, 3)));
            standards.add(CopyTables.row(id, "teknis_" + level.toLowerCase(), "TECHNICAL", required));
        }
        CopyTables.copy(
                copy, schema + ".competency_standard (jabatan_id, competency, kind, required_level)", standards);

        // employees: heads first (one per unit), the rest on shared posts, most of them in service units
        List<String[]> heads =
                positionDefs.stream().filter(p -> p[3].equals("head")).toList();
        List<String[]> shared =
                positionDefs.stream().filter(p -> p[3].equals("shared")).toList();
        Map<String, String> levelOf = new HashMap<>();
        positionDefs.forEach(p -> levelOf.put(p[0], p[1]));
        NationalPopulation population = new NationalPopulation(random, today, agencyNumber);
        CopyTables tables = new CopyTables();
        int histories = 0;
        for (int i = 0; i < employees; i++) {
            String[] post = i < heads.size() ? heads.get(i) : shared.get(random.nextInt(shared.size()));
            histories += population.employee(
                    tables, positionIds.get(post[0]), unitIds.get(post[2]), post[1], post[3].equals("head"));
            if (tables.employees.size() >= 5000 || i == employees - 1) {
                tables.flush(copy, schema);
            }
        }
        return new Written(units.size(), positionDefs.size(), employees, histories);
    }

    private static Map<String, Long> ids(Connection connection, String table) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT code, id FROM " + table);
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getLong(2));
            }
        }
        return ids;
    }
}
