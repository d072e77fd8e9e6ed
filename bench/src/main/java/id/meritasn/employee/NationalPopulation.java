package id.meritasn.employee;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/** Draws one person at a time; one instance per agency, so the sequence of draws is the same on every run. */
final class NationalPopulation {
    private final Random random;
    private final LocalDate today;
    private final int sequence;
    private final Set<String> used = new HashSet<>();

    NationalPopulation(Random random, LocalDate today, int sequence) {
        this.random = random;
        this.today = today;
        this.sequence = sequence;
    }

    int employee(CopyTables t, long positionId, long unitId, String level, boolean head) {
        int band = weighted(NationalEmployees.AGE_BAND_WEIGHT);
        int education = weighted(NationalEmployees.EDUCATION_WEIGHT);
        if (head && education < 5) {
            education = 5 + random.nextInt(2); // heads of units hold S1 or S2
            band = Math.max(band, 4);
        }
        int age = 20 + band * 5 + random.nextInt(5);
        int entryAge = Math.max(
                18,
                switch (NationalEmployees.EDUCATION[education]) {
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
            appointed = birth.plusYears(entryAge).plusDays(random.nextInt(300)).withDayOfMonth(1);
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
        int ceiling = Math.min(14, NationalEmployees.CEILING_RANK[education] + (level.startsWith("AHLI") ? 2 : 0));
        int rank = Math.min(NationalEmployees.ENTRY_RANK[education] + service / 4, ceiling);
        if (head) {
            rank = Math.max(rank, level.startsWith("JPT") ? 14 : level.equals("ADMINISTRATOR") ? 11 : 9);
        }
        LocalDate tmt = appointed
                .plusYears(Math.max(1, (rank - NationalEmployees.ENTRY_RANK[education]) * 4L))
                .withMonth(random.nextBoolean() ? 4 : 10);
        if (!tmt.isBefore(today)) {
            tmt = appointed.plusYears(1);
        }
        String name = DemoWords.FIRST[random.nextInt(DemoWords.FIRST.length)] + " "
                + DemoWords.LAST[random.nextInt(DemoWords.LAST.length)];
        String title = education >= 5 ? (education >= 6 ? "M.Si." : "S.E.") : null;
        int bup = level.startsWith("JPT") ? 60 : 58;
        t.employees.add(CopyTables.row(
                nip,
                name,
                title,
                NationalEmployees.GOLONGAN[rank],
                tmt,
                positionId,
                unitId,
                birth.plusYears(bup).withDayOfMonth(1).plusMonths(1)));
        int rows = 0;
        t.ranks.add(
                CopyTables.row(nip, NationalEmployees.GOLONGAN[rank], tmt, "SK-" + nip.substring(8, 14) + "-" + rank));
        rows++;
        if (rank > NationalEmployees.ENTRY_RANK[education]) {
            LocalDate previous = tmt.minusYears(4).isAfter(appointed) ? tmt.minusYears(4) : appointed;
            t.ranks.add(CopyTables.row(nip, NationalEmployees.GOLONGAN[rank - 1], previous, null));
            rows++;
        }
        String field = education >= 3 ? DemoWords.FIELDS[random.nextInt(DemoWords.FIELDS.length)] : "Umum";
        String school = education >= 3
                ? NationalEmployees.UNIVERSITIES[random.nextInt(NationalEmployees.UNIVERSITIES.length)]
                : "SMA Negeri " + (1 + random.nextInt(20));
        t.education.add(CopyTables.row(
                nip,
                NationalEmployees.EDUCATION[education],
                field,
                school,
                appointed.getYear() - 1 - random.nextInt(2)));
        rows++;
        t.positions.add(CopyTables.row(
                nip,
                "Pengadministrasi Umum",
                "PELAKSANA",
                appointed,
                tmt.isAfter(appointed) ? tmt.minusDays(1) : appointed));
        if (tmt.isAfter(appointed)) {
            t.positions.add(CopyTables.row(nip, head ? "Kepala unit" : "Jabatan saat ini", level, tmt, null));
            rows++;
        }
        rows++;
        if (random.nextInt(5) == 0) {
            t.awards.add(CopyTables.row(
                    nip,
                    "Satyalancana Karya Satya",
                    today.minusYears(random.nextInt(7)).withDayOfMonth(1)));
            rows++;
        }
        int teams = random.nextInt(10) < 6 ? 1 + random.nextInt(2) : 0; // most serve on a team or two a year
        for (int k = 0; k < teams; k++) {
            LocalDate from = today.minusMonths(3 + random.nextInt(20)).withDayOfMonth(1);
            t.teams.add(CopyTables.row(
                    nip,
                    k == 0 ? "Tim Reformasi Birokrasi" : "Tim Penyusun Rencana Strategis",
                    k == 0 ? "Anggota" : "Sekretaris",
                    from,
                    from.plusMonths(6)));
            rows++;
        }
        int trainings = random.nextInt(3);
        for (int k = 0; k < trainings; k++) {
            t.trainings.add(CopyTables.row(
                    nip,
                    k == 0 ? "TRAINING" : "CERTIFICATE",
                    k == 0 ? "Pelatihan Kepemimpinan" : "Sertifikasi Kompetensi " + (k + 1),
                    today.minusYears(k + 1).withDayOfMonth(1),
                    20 + k * 10));
            rows++;
        }
        if (random.nextInt(33) == 0) {
            t.discipline.add(CopyTables.row(
                    nip,
                    random.nextInt(4) == 0 ? "MODERATE" : "LIGHT",
                    "Hukuman disiplin (data uji)",
                    today.minusYears(1).withDayOfMonth(1),
                    today.minusMonths(6).withDayOfMonth(1)));
            rows++;
        }
        if (rank >= 12) {
            for (int y = 1; y <= 2; y++) {
                t.lhkpn.add(CopyTables.row(
                        nip, today.getYear() - y, random.nextInt(10) == 0 ? "NOT_REPORTED" : "REPORTED"));
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
