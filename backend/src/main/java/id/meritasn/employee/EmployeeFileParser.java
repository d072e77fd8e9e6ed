package id.meritasn.employee;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an employee file (CSV or XLSX, template in docs/import-template.md) into rows keyed by canonical column.
 * Column names follow SIASN's export where it has one (NIP_BARU, GELAR_BLK, ...); dates may be YYYY-MM-DD or
 * DD-MM-YYYY as SIASN writes them. Whole-file problems (kind, size, encoding, missing columns) are refused up front.
 */
final class EmployeeFileParser {

    static final int MAX_BYTES = 20 * 1024 * 1024;
    static final int MAX_ROWS = 200_000;

    enum Kind { CSV, XLSX }

    /** One data row; {@code rowNumber} is the line the operator sees in the file (the header is row 1). */
    record ImportRow(int rowNumber, Map<String, String> values) {
        String get(String column) {
            return values.get(column);
        }
    }

    static final Map<String, String> COLUMNS = columns();
    static final List<String> REQUIRED = List.of("nip", "name", "golongan", "golonganTmt");

    private EmployeeFileParser() {
    }

    private static Map<String, String> columns() {
        Map<String, String> map = new LinkedHashMap<>();
        for (String alias : List.of("NIP", "NIP_BARU")) map.put(alias, "nip");
        for (String alias : List.of("NAMA", "NAMA_LENGKAP")) map.put(alias, "name");
        map.put("GELAR_DEPAN", "frontTitle");
        for (String alias : List.of("GELAR_BELAKANG", "GELAR_BLK")) map.put(alias, "backTitle");
        for (String alias : List.of("GOL_RUANG", "GOLONGAN", "GOL_AKHIR_NAMA")) map.put(alias, "golongan");
        for (String alias : List.of("TMT_GOLONGAN", "TMT_GOL_AKHIR")) map.put(alias, "golonganTmt");
        for (String alias : List.of("KODE_JABATAN", "JABATAN_ID")) map.put(alias, "positionCode");
        for (String alias : List.of("KODE_UNOR", "UNOR_ID", "KODE_UNIT")) map.put(alias, "unitCode");
        for (String alias : List.of("STATUS", "STATUS_PEGAWAI")) map.put(alias, "status");
        return map;
    }

    static Kind detect(String fileName, byte[] content) throws ImportFileProblem {
        if (content.length == 0) {
            throw new ImportFileProblem(ImportFileProblem.Rule.EMPTY, "The file " + fileName + " is empty.");
        }
        if (content.length > MAX_BYTES) {
            throw new ImportFileProblem(ImportFileProblem.Rule.TOO_LARGE, "The file " + fileName + " has "
                    + content.length / (1024 * 1024) + " MB; the limit is " + MAX_BYTES / (1024 * 1024)
                    + " MB. Split it into several files.");
        }
        if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            return Kind.XLSX;
        }
        if (content.length >= 4 && ((content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF
                || content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F')) {
            throw new ImportFileProblem(ImportFileProblem.Rule.WRONG_KIND, "The file " + fileName
                    + " is not CSV or XLSX (old .xls or PDF?). Save it as CSV UTF-8 or as .xlsx.");
        }
        for (int i = 0; i < Math.min(content.length, 4096); i++) {
            if (content[i] == 0) {
                throw new ImportFileProblem(ImportFileProblem.Rule.WRONG_KIND, "The file " + fileName
                        + " is binary, not CSV or XLSX.");
            }
        }
        return Kind.CSV;
    }

    static List<ImportRow> parse(Kind kind, byte[] content) throws ImportFileProblem {
        List<List<String>> table = kind == Kind.CSV ? csv(content) : xlsx(content);
        if (table.isEmpty()) {
            throw new ImportFileProblem(ImportFileProblem.Rule.EMPTY, "The file has no header row.");
        }
        List<String> header = table.getFirst().stream()
                .map(h -> COLUMNS.get(h.trim().toUpperCase(Locale.ROOT).replace(' ', '_'))).toList();
        for (String required : REQUIRED) {
            if (!header.contains(required)) {
                String names = COLUMNS.entrySet().stream().filter(e -> e.getValue().equals(required))
                        .map(Map.Entry::getKey).reduce((a, b) -> a + " or " + b).orElse(required);
                throw new ImportFileProblem(ImportFileProblem.Rule.MISSING_COLUMN, "The header row has no column "
                        + names + ".");
            }
        }
        if (table.size() - 1 > MAX_ROWS) {
            throw new ImportFileProblem(ImportFileProblem.Rule.TOO_MANY_ROWS, "The file has " + (table.size() - 1)
                    + " rows; the limit is " + MAX_ROWS + ". Split it into several files.");
        }
        List<ImportRow> rows = new ArrayList<>();
        for (int r = 1; r < table.size(); r++) {
            List<String> cells = table.get(r);
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < header.size() && c < cells.size(); c++) {
                if (header.get(c) != null) {
                    values.put(header.get(c), normalize(header.get(c), cells.get(c)));
                }
            }
            rows.add(new ImportRow(r + 1, values));
        }
        if (rows.isEmpty()) {
            throw new ImportFileProblem(ImportFileProblem.Rule.EMPTY, "The file has a header but no data rows.");
        }
        return rows;
    }

    /** Dates as SIASN writes them (DD-MM-YYYY, DD/MM/YYYY) become ISO dates; everything else is trimmed. */
    private static String normalize(String column, String value) {
        String v = value == null ? "" : value.trim();
        if (column.equals("golonganTmt") && v.matches("\\d{2}[-/]\\d{2}[-/]\\d{4}")) {
            return v.substring(6, 10) + "-" + v.substring(3, 5) + "-" + v.substring(0, 2);
        }
        return v;
    }

    private static List<List<String>> csv(byte[] content) throws ImportFileProblem {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportFileProblem(ImportFileProblem.Rule.ENCODING, "The file is not UTF-8 text. Save it as"
                    + " \"CSV UTF-8\" (Excel) or convert it to UTF-8.");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(new StringReader(text))) {
            List<List<String>> table = new ArrayList<>();
            for (CSVRecord record : parser) {
                table.add(record.toList());
                if (table.size() > MAX_ROWS + 1) {
                    break;
                }
            }
            return table;
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new ImportFileProblem(ImportFileProblem.Rule.UNREADABLE, "The CSV cannot be read: " + e.getMessage());
        }
    }

    private static List<List<String>> xlsx(byte[] content) throws ImportFileProblem {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<List<String>> table = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : text(cell, formatter));
                }
                table.add(cells);
                if (table.size() > MAX_ROWS + 1) {
                    break;
                }
            }
            return table;
        } catch (IOException | RuntimeException e) {
            throw new ImportFileProblem(ImportFileProblem.Rule.UNREADABLE, "The XLSX file cannot be read: "
                    + e.getMessage());
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDate date = cell.getDateCellValue().toInstant().atZone(ZoneId.of("Asia/Jakarta")).toLocalDate();
            return date.toString();
        }
        return formatter.formatCellValue(cell);
    }
}
