package id.meritasn.employee;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.TableRecord;
import org.springframework.stereotype.Repository;

/** One demo employee's rows (record and histories) for {@link DemoEmployeeGenerator}, and their batch insert. */
@Repository
class DemoEmployeeRows {

    /**
     * Adds one employee's rows, drawing from the generator's random sequence in its order; {@code current} is the
     * name and level of the position held.
     */
    void employee(
            List<TableRecord<?>> rows,
            Random random,
            Set<String> nips,
            String[] current,
            long positionId,
            long unitId,
            int rank,
            LocalDate today) {
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
        String name = DemoWords.FIRST[random.nextInt(DemoWords.FIRST.length)] + " "
                + DemoWords.LAST[random.nextInt(DemoWords.LAST.length)];
        String golongan = DemoWords.GOLONGAN[rank];
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
                    .setGolongan(DemoWords.GOLONGAN[rank - 1])
                    .setTmt(tmt.minusYears(4)));
        }
        String level = rank >= 8
                ? "S2"
                : rank >= 4 ? (random.nextInt(5) == 0 ? "D4" : "S1") : (random.nextBoolean() ? "D3" : "SLTA");
        rows.add(new EducationHistoryRecord()
                .setNip(nip)
                .setLevel(level)
                .setField(DemoWords.FIELDS[random.nextInt(DemoWords.FIELDS.length)])
                .setInstitution(random.nextBoolean() ? "Universitas Indonesia" : "Universitas Sumatera Utara")
                .setGraduationYear((short) (appointed.getYear() - 1)));
        // a first post as Pelaksana until the current rank's TMT, the current post from then on (the legal conditions
        // of a target level read the years in each level); no random draw here, so the demo's other data stay as seeded
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
    static void flush(DSLContext tenant, List<TableRecord<?>> rows) {
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
                .collect(Collectors.groupingBy(r -> r.getTable(), LinkedHashMap::new, Collectors.toList()))
                .forEach((table, records) -> tenant.batchInsert(records).execute());
        rows.clear();
    }
}
