package id.meritasn.employee;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
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
 * A CSV (UTF-8, ',' or ';') or XLSX (first sheet) file read into rows keyed by canonical column name, for every bulk
 * import: employees, assessment inputs. Whole-file problems (kind, size, encoding, missing columns, too many rows) are
 * refused before any row is read, each with its rule. Cells are trimmed; an empty line is skipped.
 */
public final class TabularFile {

    public static final int MAX_BYTES = 20 * 1024 * 1024;
    public static final int MAX_ROWS = 200_000;

    public enum Kind { CSV, XLSX }

    /** One data row; {@code rowNumber} is the line the operator sees in the file (the header is row 1). */
    public record Row(int rowNumber, Map<String, String> values) {
        public @org.jspecify.annotations.Nullable String get(String column) {
            return values.get(column);
        }
    }

    private TabularFile() {
    }

    public static Kind detect(String fileName, byte[] content) throws ImportFileProblem {
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

    /**
     * Reads the rows. {@code columns} maps each accepted header (upper case, spaces as '_') to its canonical name;
     * other columns are ignored. Every name in {@code required} must have a column.
     */
    public static List<Row> read(Kind kind, byte[] content, Map<String, String> columns, List<String> required)
            throws ImportFileProblem {
        List<List<String>> table = kind == Kind.CSV ? csv(content) : xlsx(content);
        if (table.isEmpty()) {
            throw new ImportFileProblem(ImportFileProblem.Rule.EMPTY, "The file has no header row.");
        }
        List<String> header = table.getFirst().stream()
                .map(h -> columns.get(h.trim().toUpperCase(Locale.ROOT).replace(' ', '_'))).toList();
        for (String column : required) {
            if (!header.contains(column)) {
                String names = columns.entrySet().stream().filter(e -> e.getValue().equals(column))
                        .map(Map.Entry::getKey).reduce((a, b) -> a + " or " + b).orElse(column);
                throw new ImportFileProblem(ImportFileProblem.Rule.MISSING_COLUMN, "The header row has no column "
                        + names + ".");
            }
        }
        if (table.size() - 1 > MAX_ROWS) {
            throw new ImportFileProblem(ImportFileProblem.Rule.TOO_MANY_ROWS, "The file has " + (table.size() - 1)
                    + " rows; the limit is " + MAX_ROWS + ". Split it into several files.");
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < table.size(); r++) {
            List<String> cells = table.get(r);
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < header.size() && c < cells.size(); c++) {
                if (header.get(c) != null) {
                    values.put(header.get(c), cells.get(c) == null ? "" : cells.get(c).trim());
                }
            }
            rows.add(new Row(r + 1, values));
        }
        if (rows.isEmpty()) {
            throw new ImportFileProblem(ImportFileProblem.Rule.EMPTY, "The file has a header but no data rows.");
        }
        return rows;
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
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
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
