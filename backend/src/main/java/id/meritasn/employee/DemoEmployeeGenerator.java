package id.meritasn.employee;

import static id.meritasn.jooq.t_template.Tables.COMPETENCY_STANDARD;
import static id.meritasn.jooq.t_template.Tables.JABATAN;
import static id.meritasn.jooq.t_template.Tables.UNIT_KERJA;

import id.meritasn.jooq.t_template.tables.records.AwardRecord;
import id.meritasn.jooq.t_template.tables.records.DisciplineRecord;
import id.meritasn.jooq.t_template.tables.records.EducationHistoryRecord;
import id.meritasn.jooq.t_template.tables.records.EmployeeAuditRecord;
import id.meritasn.jooq.t_template.tables.records.EmployeeRecord;
import id.meritasn.jooq.t_template.tables.records.LhkpnRecord;
import id.meritasn.jooq.t_template.tables.records.PositionHistoryRecord;
import id.meritasn.jooq.t_template.tables.records.RankHistoryRecord;
import id.meritasn.jooq.t_template.tables.records.TrainingRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.TableRecord;
import org.springframework.stereotype.Repository;

/**
 * Deterministic demo data for one agency: the same seed gives the same units, positions (with competency standards),
 * employees with valid NIPs (birth date, appointment at 20-35, gender), golongan II-IV weighted as in the ASN
 * population (III most common), and histories. Writes in JDBC batches.
 */
@Repository
class DemoEmployeeGenerator {

    static final String[] MANAGERIAL = {
        "integritas",
        "kerja_sama",
        "komunikasi",
        "orientasi_hasil",
        "pelayanan_publik",
        "pengembangan_diri",
        "mengelola_perubahan",
        "pengambilan_keputusan"
    };
    static final String[] FIRST = {
        "Agus", "Budi", "Dewi", "Siti", "Rina", "Andi", "Yusuf", "Putri", "Hendra", "Fitri", "Rahmat", "Nur", "Indah",
        "Bambang", "Sri", "Joko", "Ayu", "Eko", "Dian", "Wahyu", "Maria", "Yohanes", "Made", "Ketut", "Nyoman", "Butet",
        "Rizky", "Fajar", "Lestari", "Teguh"
    };
    static final String[] LAST = {
        "Santoso",
        "Wijaya",
        "Siregar",
        "Nasution",
        "Lubis",
        "Hutapea",
        "Saragih",
        "Pratama",
        "Kusuma",
        "Hidayat",
        "Setiawan",
        "Rahayu",
        "Harahap",
        "Simanjuntak",
        "Sihombing",
        "Purba",
        "Wibowo",
        "Saputra",
        "Utami",
        "Susanti",
        "Gunawan",
        "Tambunan",
        "Daulay",
        "Manurung",
        "Ginting"
    };
    static final String[] FIELDS = {
        "Administrasi Publik",
        "Manajemen",
        "Hukum",
        "Akuntansi",
        "Teknik Sipil",
        "Kesehatan Masyarakat",
        "Pendidikan",
        "Ilmu Komputer",
        "Ekonomi",
        "Psikologi",
        "Statistika"
    };
    static final String[] GOLONGAN = {
        "II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c", "IV/d"
    };
    static final int[] GOLONGAN_WEIGHT = {5, 5, 6, 6, 14, 14, 14, 12, 10, 7, 4, 3};

    private Random random = new Random(0);
    private final Set<String> nips = new HashSet<>();
    /** Name and level of each position generated, for the holders' position history. */
    private final java.util.Map<Long, String[]> positionInfo = new java.util.HashMap<>();

    record Plan(List<String[]> units, int employees) {}

    /** Units as {code, name, parentCode}; the first is the root. */
    static Plan plan(boolean ministry, int employees) {
        List<String[]> units = new ArrayList<>();
        String root = ministry ? "SETJEN" : "SETDA";
        units.add(new String[] {root, ministry ? "Sekretariat Jenderal" : "Sekretariat Daerah", null});
        String[] names = ministry
                ? new String[] {
                    "Ditjen Pembinaan Penempatan Tenaga Kerja",
                    "Ditjen Pembinaan Hubungan Industrial",
                    "Ditjen Pembinaan Pengawasan Ketenagakerjaan",
                    "Ditjen Pembinaan Pelatihan Vokasi",
                    "Inspektorat Jenderal",
                    "Badan Perencanaan dan Pengembangan",
                    "Biro SDM",
                    "Biro Keuangan"
                }
                : new String[] {
                    "Dinas Pendidikan",
                    "Dinas Kesehatan",
                    "Badan Kepegawaian dan Pengembangan SDM",
                    "Badan Perencanaan Pembangunan Daerah",
                    "Dinas Pekerjaan Umum dan Penataan Ruang",
                    "Dinas Sosial",
                    "Inspektorat",
                    "Badan Pengelolaan Keuangan dan Aset Daerah",
                    "Dinas Perhubungan",
                    "Dinas Kependudukan dan Pencatatan Sipil"
                };
        for (int i = 0; i < names.length; i++) {
            String code = "U" + (i + 1);
            units.add(new String[] {code, names[i], root});
            units.add(new String[] {code + ".1", "Sekretariat " + names[i], code});
            units.add(new String[] {code + ".2", "Bidang Program " + names[i], code});
        }
        return new Plan(units, employees);
    }

    /** Generates one agency's demo data; the same seed and plan always give the same rows. */
    synchronized void generate(DSLContext tenant, Plan plan, LocalDate today, long seed) {
        random = new Random(seed);
        nips.clear();
        positionInfo.clear();
        List<Long> unitIds = new ArrayList<>();
        for (String[] unit : plan.units()) {
            Long parent = unit[2] == null
                    ? null
                    : tenant.select(UNIT_KERJA.ID)
                            .from(UNIT_KERJA)
                            .where(UNIT_KERJA.CODE.eq(unit[2]))
                            .fetchOne(UNIT_KERJA.ID);
            unitIds.add(tenant.insertInto(UNIT_KERJA)
                    .set(UNIT_KERJA.CODE, unit[0])
                    .set(UNIT_KERJA.NAME, unit[1])
                    .set(UNIT_KERJA.PARENT_ID, parent)
                    .returning(UNIT_KERJA.ID)
                    .fetchOne(UNIT_KERJA.ID));
        }
        // positions: a head per unit, plus shared functional and pelaksana positions per top-level unit
        List<long[]> heads = new ArrayList<>(); // {positionId, unitId, minRankIndex}
        List<long[]> others = new ArrayList<>(); // {positionId, unitId}
        for (int u = 0; u < plan.units().size(); u++) {
            String[] unit = plan.units().get(u);
            boolean top = unit[2] == null || !unit[0].contains(".");
            String level = unit[2] == null ? "JPT_MADYA" : top ? "JPT_PRATAMA" : "ADMINISTRATOR";
            String minGol = level.startsWith("JPT") ? "IV/c" : "IV/a";
            long head = position(tenant, "K." + unit[0], "Kepala " + unit[1], level, unitIds.get(u), minGol, top);
            // a few "Bidang Program" head posts stay vacant, as in most agencies, so succession has posts to fill
            if (!(unit[0].endsWith(".2") && u % 9 == 3)) {
                heads.add(new long[] {head, unitIds.get(u), level.startsWith("JPT") ? 10 : 8});
            }
            if (top) {
                others.add(new long[] {
                    position(
                            tenant,
                            "F1." + unit[0],
                            "Analis Kebijakan Ahli Muda",
                            "AHLI_MUDA",
                            unitIds.get(u),
                            "III/c",
                            false),
                    unitIds.get(u)
                });
                others.add(new long[] {
                    position(
                            tenant,
                            "F2." + unit[0],
                            "Analis SDM Aparatur Ahli Pertama",
                            "AHLI_PERTAMA",
                            unitIds.get(u),
                            "III/a",
                            false),
                    unitIds.get(u)
                });
                others.add(new long[] {
                    position(
                            tenant,
                            "F3." + unit[0],
                            "Pranata Komputer Terampil",
                            "TERAMPIL",
                            unitIds.get(u),
                            "II/c",
                            false),
                    unitIds.get(u)
                });
                others.add(new long[] {
                    position(
                            tenant,
                            "PL." + unit[0],
                            "Pengadministrasi Umum",
                            "PELAKSANA",
                            unitIds.get(u),
                            "II/a",
                            false),
                    unitIds.get(u)
                });
            }
        }
        List<TableRecord<?>> rows = new ArrayList<>();
        for (int i = 0; i < plan.employees(); i++) {
            boolean isHead = i < heads.size();
            long[] slot = isHead ? heads.get(i) : others.get(random.nextInt(others.size()));
            int rank = isHead ? (int) slot[2] + random.nextInt(2) : weightedRank();
            employee(rows, slot[0], slot[1], Math.min(rank, GOLONGAN.length - 1), today);
            if (rows.size() > 2000) {
                flush(tenant, rows);
            }
        }
        flush(tenant, rows);
    }

    private long position(
            DSLContext tenant, String code, String name, String level, long unitId, String minGol, boolean critical) {
        long id = tenant.insertInto(JABATAN)
                .set(JABATAN.CODE, code)
                .set(JABATAN.NAME, name)
                .set(JABATAN.LEVEL, level)
                .set(JABATAN.UNIT_ID, unitId)
                .set(JABATAN.MIN_GOLONGAN, minGol)
                .set(JABATAN.CRITICAL, critical)
                // the general administrators at the front desk serve the public (community input applies to them)
                .set(JABATAN.SERVES_PUBLIC, level.equals("PELAKSANA"))
                .returning(JABATAN.ID)
                .fetchOne(JABATAN.ID);
        positionInfo.put(id, new String[] {name, level});
        short required = (short)
                (level.startsWith("JPT") ? 4 : level.equals("ADMINISTRATOR") || level.equals("AHLI_MUDA") ? 3 : 2);
        for (String competency : MANAGERIAL) {
            tenant.insertInto(COMPETENCY_STANDARD)
                    .set(COMPETENCY_STANDARD.JABATAN_ID, id)
                    .set(COMPETENCY_STANDARD.COMPETENCY, competency)
                    .set(COMPETENCY_STANDARD.KIND, "MANAGERIAL")
                    .set(COMPETENCY_STANDARD.REQUIRED_LEVEL, required)
                    .execute();
        }
        tenant.insertInto(COMPETENCY_STANDARD)
                .set(COMPETENCY_STANDARD.JABATAN_ID, id)
                .set(COMPETENCY_STANDARD.COMPETENCY, "perekat_bangsa")
                .set(COMPETENCY_STANDARD.KIND, "SOCIO_CULTURAL")
                .set(COMPETENCY_STANDARD.REQUIRED_LEVEL, (short) Math.min(required, 3))
                .execute();
        tenant.insertInto(COMPETENCY_STANDARD)
                .set(COMPETENCY_STANDARD.JABATAN_ID, id)
                .set(COMPETENCY_STANDARD.COMPETENCY, "teknis_" + level.toLowerCase())
                .set(COMPETENCY_STANDARD.KIND, "TECHNICAL")
                .set(COMPETENCY_STANDARD.REQUIRED_LEVEL, required)
                .execute();
        return id;
    }

    private int weightedRank() {
        int total = 0;
        for (int w : GOLONGAN_WEIGHT) total += w;
        int pick = random.nextInt(total);
        for (int i = 0; i < GOLONGAN_WEIGHT.length; i++) {
            pick -= GOLONGAN_WEIGHT[i];
            if (pick < 0) return i;
        }
        return 4;
    }

    private void employee(List<TableRecord<?>> rows, long positionId, long unitId, int rank, LocalDate today) {
        // older employees hold higher ranks: birth year follows the rank, appointment at 20-35
        int birthYear = 1996 - rank * 2 - random.nextInt(10);
        LocalDate birth = LocalDate.of(birthYear, 1 + random.nextInt(12), 1 + random.nextInt(28));
        LocalDate appointed = birth.plusYears(20
                        + random.nextInt(Math.max(1, Math.min(15, today.getYear() - birthYear - 21))))
                .withDayOfMonth(1);
        if (appointed.isAfter(today.minusYears(1))) {
            appointed = today.minusYears(1).withDayOfMonth(1);
        }
        int gender = random.nextBoolean() ? 1 : 2;
        String nip;
        int sequence = 1;
        do {
            nip = String.format(
                    "%04d%02d%02d%04d%02d%d%03d",
                    birth.getYear(),
                    birth.getMonthValue(),
                    birth.getDayOfMonth(),
                    appointed.getYear(),
                    appointed.getMonthValue(),
                    gender,
                    sequence++);
        } while (!nips.add(nip));
        String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
        String golongan = GOLONGAN[rank];
        // the current rank's TMT lies between one year after appointment and today
        int span = Math.max(1, today.getYear() - appointed.getYear() - 1);
        LocalDate tmt = appointed
                .plusYears(1 + random.nextInt(span))
                .withMonth(random.nextBoolean() ? 4 : 10)
                .withDayOfMonth(1);
        if (tmt.isAfter(today)) {
            tmt = appointed.plusMonths(6);
        }
        EmployeeRecord employee = new EmployeeRecord();
        employee.setNip(nip);
        employee.setName(name);
        employee.setBackTitle(rank >= 4 ? (rank >= 8 ? "M.Si." : "S.E.") : null);
        employee.setGolongan(golongan);
        employee.setGolonganTmt(tmt);
        employee.setJabatanId(positionId);
        employee.setUnitId(unitId);
        employee.setStatus("ACTIVE");
        employee.setRetirementDate(birth.plusYears(58).withDayOfMonth(1).plusMonths(1));
        rows.add(employee);
        rows.add(new RankHistoryRecord()
                .setNip(nip)
                .setGolongan(golongan)
                .setTmt(tmt)
                .setSkNumber("SK-" + nip.substring(12)));
        if (rank > 0 && !tmt.minusYears(4).isBefore(appointed)) {
            rows.add(new RankHistoryRecord()
                    .setNip(nip)
                    .setGolongan(GOLONGAN[rank - 1])
                    .setTmt(tmt.minusYears(4)));
        }
        String level = rank >= 8
                ? "S2"
                : rank >= 4 ? (random.nextInt(5) == 0 ? "D4" : "S1") : (random.nextBoolean() ? "D3" : "SLTA");
        rows.add(new EducationHistoryRecord()
                .setNip(nip)
                .setLevel(level)
                .setField(FIELDS[random.nextInt(FIELDS.length)])
                .setInstitution(random.nextBoolean() ? "Universitas Indonesia" : "Universitas Sumatera Utara")
                .setGraduationYear((short) (appointed.getYear() - 1)));
        // a first post as Pelaksana until the current rank's TMT, the current post from then on (the legal conditions
        // of a target level read the years in each level); no random draw here, so the demo's other data stay as seeded
        String[] current = positionInfo.get(positionId);
        if (tmt.isAfter(appointed)) {
            rows.add(new PositionHistoryRecord()
                    .setNip(nip)
                    .setName("Pengadministrasi Umum")
                    .setLevel("PELAKSANA")
                    .setTmt(appointed)
                    .setEndDate(tmt.minusDays(1)));
        }
        rows.add(new PositionHistoryRecord()
                .setNip(nip)
                .setName(current[0])
                .setLevel(current[1])
                .setTmt(tmt.isAfter(appointed) ? tmt : appointed)
                .setEndDate(null));
        if (random.nextInt(5) == 0) {
            rows.add(new AwardRecord()
                    .setNip(nip)
                    .setName("Satyalancana Karya Satya")
                    .setAwardedOn(today.minusYears(random.nextInt(7)).withDayOfMonth(1)));
        }
        int trainings = random.nextInt(3);
        for (int t = 0; t < trainings; t++) {
            rows.add(new TrainingRecord()
                    .setNip(nip)
                    .setKind(t == 0 ? "TRAINING" : "CERTIFICATE")
                    .setName(t == 0 ? "Pelatihan Kepemimpinan" : "Sertifikasi Kompetensi " + (t + 1))
                    .setCompletedOn(today.minusYears(t + 1).withDayOfMonth(1))
                    .setHours((short) (20 + t * 10)));
        }
        if (random.nextInt(33) == 0) {
            rows.add(new DisciplineRecord()
                    .setNip(nip)
                    .setLevel(random.nextInt(4) == 0 ? "MODERATE" : "LIGHT")
                    .setDescription("Hukuman disiplin (data demo)")
                    .setStartDate(today.minusYears(1).withDayOfMonth(1))
                    .setEndDate(today.minusMonths(6).withDayOfMonth(1)));
        }
        if (rank >= 8) {
            for (int y = 1; y <= 2; y++) {
                rows.add(new LhkpnRecord()
                        .setNip(nip)
                        .setYear((short) (today.getYear() - y))
                        .setStatus(random.nextInt(10) == 0 ? "NOT_REPORTED" : "REPORTED"));
            }
        }
    }

    /**
     * JDBC batches per table; employees first, since histories refer to them. A batch insert sets only the fields the
     * record has, so the NIP-derived columns stay generated by the database.
     */
    private static void flush(DSLContext tenant, List<TableRecord<?>> rows) {
        List<EmployeeRecord> employees = rows.stream()
                .filter(EmployeeRecord.class::isInstance)
                .map(EmployeeRecord.class::cast)
                .toList();
        if (!employees.isEmpty()) {
            tenant.batchInsert(employees).execute();
            tenant.batchInsert(employees.stream()
                            .map(e -> new EmployeeAuditRecord()
                                    .setNip(e.getNip())
                                    .setActor("system")
                                    .setAction("employee.demo-seeded"))
                            .toList())
                    .execute();
        }
        rows.stream()
                .filter(r -> !(r instanceof EmployeeRecord))
                .collect(java.util.stream.Collectors.groupingBy(
                        r -> r.getTable(), java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()))
                .forEach((table, records) -> tenant.batchInsert(records).execute());
        rows.clear();
    }
}
