package id.meritasn.assessment;

import id.meritasn.imports.ImportJob.RowError;
import id.meritasn.imports.TabularFile;
import id.meritasn.shared.text.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The bulk file of assessment inputs (CSV or XLSX, one row per employee; template in the README): NIP, the SKP
 * ratings, competency levels as {@code integritas=4; kerja_sama=3}, the potential score, whether the field of study
 * fits, and the evidence of the row. Empty cells leave that input as it is. Each row becomes the inputs it carries or
 * the list of every refused field with the column the operator sees.
 */
final class AssessmentInputFile {

    static final String NIP = "NIP";
    static final String HASIL = "SKP_HASIL_KERJA";
    static final String PERILAKU = "SKP_PERILAKU_KERJA";
    static final String COMPETENCY = "KOMPETENSI";
    static final String POTENTIAL = "POTENSI";
    static final String FIELD_FIT = "BIDANG_SESUAI";
    static final String ASSESSED_ON = "TANGGAL_ASESMEN";
    static final String DISCIPLINE = "STATUS_DISIPLIN";
    static final String EVIDENCE = "BUKTI";

    static final Map<String, String> COLUMNS = columns();
    static final List<String> REQUIRED = List.of(NIP, EVIDENCE);

    /** The inputs of one valid row: kind (SKP, COMPETENCY, POTENTIAL, FIELD_FIT) to stored payload. */
    record Inputs(int rowNumber, String nip, Map<String, Object> byKind, String evidence) {}

    /** Either inputs or errors. */
    record Parsed(@Nullable Inputs inputs, List<RowError> errors) {}

    private AssessmentInputFile() {}

    private static Map<String, String> columns() {
        Map<String, String> map = new LinkedHashMap<>();
        for (String alias : List.of("NIP", "NIP_BARU")) map.put(alias, NIP);
        for (String alias : List.of("SKP_HASIL_KERJA", "HASIL_KERJA")) map.put(alias, HASIL);
        for (String alias : List.of("SKP_PERILAKU_KERJA", "PERILAKU_KERJA")) map.put(alias, PERILAKU);
        map.put("KOMPETENSI", COMPETENCY);
        for (String alias : List.of("POTENSI", "SKOR_POTENSI")) map.put(alias, POTENTIAL);
        for (String alias : List.of("BIDANG_SESUAI", "KESESUAIAN_BIDANG")) map.put(alias, FIELD_FIT);
        for (String alias : List.of("TANGGAL_ASESMEN", "TANGGAL_ASESMEN_KOMPETENSI")) map.put(alias, ASSESSED_ON);
        for (String alias : List.of("STATUS_DISIPLIN", "HUKUMAN_DISIPLIN")) map.put(alias, DISCIPLINE);
        for (String alias : List.of("BUKTI", "EVIDENCE")) map.put(alias, EVIDENCE);
        return map;
    }

    /** An ISO date (2026-03-15), or null when the cell is empty or wrong (reported). */
    private static @Nullable LocalDate date(TabularFile.Row row, String column, List<RowError> errors) {
        String text = value(row, column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(error(row, column, AssessmentRowText.DATE_FORMAT.with()));
            return null;
        }
    }

    static Parsed parse(TabularFile.Row row) {
        List<RowError> errors = new ArrayList<>();
        Map<String, Object> byKind = new LinkedHashMap<>();
        String nip = value(row, NIP);
        if (!nip.matches("\\d{18}")) {
            errors.add(error(row, NIP, AssessmentRowText.NIP_FORMAT.with()));
        }
        String hasil = value(row, HASIL);
        String perilaku = value(row, PERILAKU);
        if (!hasil.isEmpty() || !perilaku.isEmpty()) {
            Skp.Rating h = rating(row, HASIL, hasil, errors);
            Skp.Rating p = rating(row, PERILAKU, perilaku, errors);
            if (h != null && p != null) {
                byKind.put("SKP", Map.of("hasilKerja", h, "perilakuKerja", p));
            }
        }
        String competency = value(row, COMPETENCY);
        if (!competency.isEmpty()) {
            Map<String, Integer> levels = levels(row, competency, errors);
            LocalDate assessedOn = date(row, ASSESSED_ON, errors);
            if (levels != null) {
                byKind.put("COMPETENCY", assessedOn == null ? levels : CompetencyPayload.of(levels, assessedOn));
            }
        } else if (!value(row, ASSESSED_ON).isEmpty()) {
            errors.add(error(row, ASSESSED_ON, AssessmentRowText.DATE_WITHOUT_COMPETENCY.with()));
        }
        String discipline = value(row, DISCIPLINE).toUpperCase(Locale.ROOT);
        if (!discipline.isEmpty()) {
            // sanctions themselves are employee records (riwayat hukuman disiplin); here only their absence is declared
            if (List.of("NIHIL", "TIDAK_ADA", "TIDAK ADA").contains(discipline)) {
                byKind.put("DISCIPLINE", Map.of("noSanction", true));
            } else {
                errors.add(error(row, DISCIPLINE, AssessmentRowText.DISCIPLINE_NIHIL.with()));
            }
        }
        String potential = value(row, POTENTIAL);
        if (!potential.isEmpty()) {
            try {
                BigDecimal score = new BigDecimal(potential.replace(',', '.'));
                if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0) {
                    errors.add(error(row, POTENTIAL, AssessmentRowText.POTENTIAL_RANGE.with()));
                } else {
                    byKind.put(
                            "POTENTIAL",
                            Map.of("score", score.stripTrailingZeros().toPlainString()));
                }
            } catch (NumberFormatException e) {
                errors.add(error(row, POTENTIAL, AssessmentRowText.POTENTIAL_NUMBER.with()));
            }
        }
        String fit = value(row, FIELD_FIT).toUpperCase(Locale.ROOT);
        if (!fit.isEmpty()) {
            switch (fit) {
                case "YA", "Y", "TRUE", "1" -> byKind.put("FIELD_FIT", Map.of("fits", true));
                case "TIDAK", "T", "FALSE", "0" -> byKind.put("FIELD_FIT", Map.of("fits", false));
                default -> errors.add(error(row, FIELD_FIT, AssessmentRowText.FIELD_FIT.with()));
            }
        }
        String evidence = value(row, EVIDENCE);
        if (evidence.isEmpty()) {
            errors.add(error(row, EVIDENCE, AssessmentRowText.EVIDENCE_REQUIRED.with()));
        }
        if (errors.isEmpty() && byKind.isEmpty()) {
            errors.add(error(row, HASIL, AssessmentRowText.NO_INPUT.with()));
        }
        return errors.isEmpty()
                ? new Parsed(new Inputs(row.rowNumber(), nip, byKind, evidence), List.of())
                : new Parsed(null, errors);
    }

    /** Accepts the enum name or the words as written in e-Kinerja ("Di atas ekspektasi"). */
    private static Skp.@Nullable Rating rating(
            TabularFile.Row row, String column, String value, List<RowError> errors) {
        String normalized =
                value.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        try {
            return Skp.Rating.valueOf(normalized);
        } catch (IllegalArgumentException e) {
            errors.add(error(
                    row,
                    column,
                    value.isEmpty() ? AssessmentRowText.SKP_BOTH.with() : AssessmentRowText.SKP_RATING.with()));
            return null;
        }
    }

    private static @Nullable Map<String, Integer> levels(TabularFile.Row row, String value, List<RowError> errors) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (String part : value.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            String[] pair = part.split("=", 2);
            String name = pair[0].trim().toLowerCase(Locale.ROOT).replace(' ', '_');
            Integer level =
                    pair.length == 2 && pair[1].trim().matches("[1-5]") ? Integer.valueOf(pair[1].trim()) : null;
            if (name.isEmpty() || level == null) {
                errors.add(error(row, COMPETENCY, AssessmentRowText.COMPETENCY_PAIR.with("part", part.trim())));
                return null;
            }
            levels.put(name, level);
        }
        return levels.isEmpty() ? null : levels;
    }

    private static String value(TabularFile.Row row, String column) {
        String v = row.get(column);
        return v == null ? "" : v.trim();
    }

    private static RowError error(TabularFile.Row row, String column, Text reason) {
        return new RowError(row.rowNumber(), column, row.get(column), reason);
    }
}
