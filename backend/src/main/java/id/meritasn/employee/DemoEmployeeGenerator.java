package id.meritasn.employee;

import static id.meritasn.jooq.t_template.Tables.COMPETENCY_STANDARD;
import static id.meritasn.jooq.t_template.Tables.JABATAN;
import static id.meritasn.jooq.t_template.Tables.UNIT_KERJA;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
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

    private final DemoEmployeeRows employeeRows;
    private Random random = new Random(0);
    private final Set<String> nips = new HashSet<>();
    /** Name and level of each position generated, for the holders' position history. */
    private final java.util.Map<Long, String[]> positionInfo = new java.util.HashMap<>();

    DemoEmployeeGenerator(DemoEmployeeRows employeeRows) {
        this.employeeRows = employeeRows;
    }

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
            employeeRows.employee(
                    rows,
                    random,
                    nips,
                    Objects.requireNonNull(positionInfo.get(slot[0]), "every slot is a position made above"),
                    slot[0],
                    slot[1],
                    Math.min(rank, DemoWords.GOLONGAN.length - 1),
                    today);
            if (rows.size() > 2000) {
                DemoEmployeeRows.flush(tenant, rows);
            }
        }
        DemoEmployeeRows.flush(tenant, rows);
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
                .fetchOptional(JABATAN.ID)
                .orElseThrow();
        positionInfo.put(id, new String[] {name, level});
        short required = (short)
                (level.startsWith("JPT") ? 4 : level.equals("ADMINISTRATOR") || level.equals("AHLI_MUDA") ? 3 : 2);
        for (String competency : DemoWords.MANAGERIAL) {
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
        for (int w : DemoWords.GOLONGAN_WEIGHT) total += w;
        int pick = random.nextInt(total);
        for (int i = 0; i < DemoWords.GOLONGAN_WEIGHT.length; i++) {
            pick -= DemoWords.GOLONGAN_WEIGHT[i];
            if (pick < 0) return i;
        }
        return 4;
    }
}
