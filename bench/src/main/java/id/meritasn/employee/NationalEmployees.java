package id.meritasn.employee;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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
        copy(
                copy,
                schema + ".unit_kerja (code, name)",
                units.stream().map(u -> row(u[0], u[1])).toList());
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
            positionRows.add(
                    row("K." + unit[0], "Kepala " + unit[1], level, unitIds.get(unit[0]), minGol, top || root));
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
                    positionRows.add(row(code, p[1], p[2], unitIds.get(unit[0]), p[3], false));
                }
            }
        }
        copy(copy, schema + ".jabatan (code, name, level, unit_id, min_golongan, critical)", positionRows);
        Map<String, Long> positionIds = ids(connection, schema + ".jabatan");
        List<String> standards = new ArrayList<>();
        for (String[] p : positionDefs) {
            long id = positionIds.get(p[0]);
            String level = p[1];
            int required =
                    level.startsWith("JPT") ? 4 : level.equals("ADMINISTRATOR") || level.equals("AHLI_MUDA") ? 3 : 2;
            for (String competency : DemoWords.MANAGERIAL) {
                standards.add(row(id, competency, "MANAGERIAL", required));
            }
            standards.add(row(id, "perekat_bangsa", "SOCIO_CULTURAL", Math.min(required, 3)));
            standards.add(row(id, "teknis_" + level.toLowerCase(), "TECHNICAL", required));
        }
        copy(copy, schema + ".competency_standard (jabatan_id, competency, kind, required_level)", standards);

        // employees: heads first (one per unit), the rest on shared posts, most of them in service units
        List<String[]> heads =
                positionDefs.stream().filter(p -> p[3].equals("head")).toList();
        List<String[]> shared =
                positionDefs.stream().filter(p -> p[3].equals("shared")).toList();
        Map<String, String> levelOf = new HashMap<>();
        positionDefs.forEach(p -> levelOf.put(p[0], p[1]));
        Population population = new Population(random, today, agencyNumber);
        Tables tables = new Tables();
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

    /** Draws one person at a time; one instance per agency, so the sequence of draws is the same on every run. */
    private static final class Population {
        private final Random random;
        private final LocalDate today;
        private final int sequence;
        private final Set<String> used = new HashSet<>();

        Population(Random random, LocalDate today, int sequence) {
            this.random = random;
            this.today = today;
            this.sequence = sequence;
        }

        int employee(Tables t, long positionId, long unitId, String level, boolean head) {
            int band = weighted(AGE_BAND_WEIGHT);
            int education = weighted(EDUCATION_WEIGHT);
            if (head && education < 5) {
                education = 5 + random.nextInt(2); // heads of units hold S1 or S2
                band = Math.max(band, 4);
            }
            int age = 20 + band * 5 + random.nextInt(5);
            int entryAge = Math.max(
                    18,
                    switch (EDUCATION[education]) {
                                case "SD", "SMP", "SLTA" -> 19;
                                case "D3" -> 22;
                                case "D4", "S1" -> 23;
                                case "S2" -> 27;
                                default -> 31;
                            }
                            + random.nextInt(8));
            entryAge = Math.min(entryAge, age - 1);
            LocalDate birth;
            LocalDate appointed;
            int gender;
            String key;
            do { // a clash of birth date, appointment month and gender inside the agency redraws the day
                birth = today.minusYears(age).minusDays(random.nextInt(365));
                appointed =
                        birth.plusYears(entryAge).plusDays(random.nextInt(300)).withDayOfMonth(1);
                if (appointed.isAfter(today.minusYears(1))) {
                    appointed = today.minusYears(1).withDayOfMonth(1);
                }
                gender = random.nextInt(100) < 52 ? 2 : 1; // slightly more women than men, as in the ASN
                key = birth.toString() + appointed + gender;
            } while (!used.add(key));
            String nip = String.format(
                    "%04d%02d%02d%04d%02d%d%03d",
                    birth.getYear(),
                    birth.getMonthValue(),
                    birth.getDayOfMonth(),
                    appointed.getYear(),
                    appointed.getMonthValue(),
                    gender,
                    sequence);
            int service = (int) ChronoUnit.YEARS.between(appointed, today);
            int ceiling = Math.min(14, CEILING_RANK[education] + (level.startsWith("AHLI") ? 2 : 0));
            int rank = Math.min(ENTRY_RANK[education] + service / 4, ceiling);
            if (head) {
                rank = Math.max(rank, level.startsWith("JPT") ? 14 : level.equals("ADMINISTRATOR") ? 11 : 9);
            }
            LocalDate tmt = appointed
                    .plusYears(Math.max(1, (rank - ENTRY_RANK[education]) * 4L))
                    .withMonth(random.nextBoolean() ? 4 : 10);
            if (!tmt.isBefore(today)) {
                tmt = appointed.plusYears(1);
            }
            String name = DemoWords.FIRST[random.nextInt(DemoWords.FIRST.length)] + " "
                    + DemoWords.LAST[random.nextInt(DemoWords.LAST.length)];
            String title = education >= 5 ? (education >= 6 ? "M.Si." : "S.E.") : null;
            int bup = level.startsWith("JPT") ? 60 : 58;
            t.employees.add(row(
                    nip,
                    name,
                    title,
                    GOLONGAN[rank],
                    tmt,
                    positionId,
                    unitId,
                    birth.plusYears(bup).withDayOfMonth(1).plusMonths(1)));
            int rows = 0;
            t.ranks.add(row(nip, GOLONGAN[rank], tmt, "SK-" + nip.substring(8, 14) + "-" + rank));
            rows++;
            if (rank > ENTRY_RANK[education]) {
                LocalDate previous = tmt.minusYears(4).isAfter(appointed) ? tmt.minusYears(4) : appointed;
                t.ranks.add(row(nip, GOLONGAN[rank - 1], previous, null));
                rows++;
            }
            String field = education >= 3 ? DemoWords.FIELDS[random.nextInt(DemoWords.FIELDS.length)] : "Umum";
            String school = education >= 3
                    ? UNIVERSITIES[random.nextInt(UNIVERSITIES.length)]
                    : "SMA Negeri " + (1 + random.nextInt(20));
            t.education.add(row(nip, EDUCATION[education], field, school, appointed.getYear() - 1 - random.nextInt(2)));
            rows++;
            t.positions.add(row(
                    nip,
                    "Pengadministrasi Umum",
                    "PELAKSANA",
                    appointed,
                    tmt.isAfter(appointed) ? tmt.minusDays(1) : appointed));
            if (tmt.isAfter(appointed)) {
                t.positions.add(row(nip, head ? "Kepala unit" : "Jabatan saat ini", level, tmt, null));
                rows++;
            }
            rows++;
            if (random.nextInt(5) == 0) {
                t.awards.add(row(
                        nip,
                        "Satyalancana Karya Satya",
                        today.minusYears(random.nextInt(7)).withDayOfMonth(1)));
                rows++;
            }
            int teams = random.nextInt(10) < 6 ? 1 + random.nextInt(2) : 0; // most serve on a team or two a year
            for (int k = 0; k < teams; k++) {
                LocalDate from = today.minusMonths(3 + random.nextInt(20)).withDayOfMonth(1);
                t.teams.add(row(
                        nip,
                        k == 0 ? "Tim Reformasi Birokrasi" : "Tim Penyusun Rencana Strategis",
                        k == 0 ? "Anggota" : "Sekretaris",
                        from,
                        from.plusMonths(6)));
                rows++;
            }
            int trainings = random.nextInt(3);
            for (int k = 0; k < trainings; k++) {
                t.trainings.add(row(
                        nip,
                        k == 0 ? "TRAINING" : "CERTIFICATE",
                        k == 0 ? "Pelatihan Kepemimpinan" : "Sertifikasi Kompetensi " + (k + 1),
                        today.minusYears(k + 1).withDayOfMonth(1),
                        20 + k * 10));
                rows++;
            }
            if (random.nextInt(33) == 0) {
                t.discipline.add(row(
                        nip,
                        random.nextInt(4) == 0 ? "MODERATE" : "LIGHT",
                        "Hukuman disiplin (data uji)",
                        today.minusYears(1).withDayOfMonth(1),
                        today.minusMonths(6).withDayOfMonth(1)));
                rows++;
            }
            if (rank >= 12) {
                for (int y = 1; y <= 2; y++) {
                    t.lhkpn.add(row(nip, today.getYear() - y, random.nextInt(10) == 0 ? "NOT_REPORTED" : "REPORTED"));
                    rows++;
                }
            }
            return rows;
        }

        private int weighted(int[] weights) {
            int total = 0;
            for (int w : weights) total += w;
            int pick = random.nextInt(total);
            for (int i = 0; i < weights.length; i++) {
                pick -= weights[i];
                if (pick < 0) return i;
            }
            return weights.length - 1;
        }
    }

    /** COPY text rows per table, flushed every 5,000 employees so a 60,000-employee agency never sits in memory. */
    private static final class Tables {
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
    }

    private static void copy(CopyManager copy, String target, List<String> rows) throws SQLException {
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
    private static String row(Object... values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            line.append(values[i] == null ? "\\N" : values[i].toString());
        }
        return line.append('\n').toString();
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
