package id.meritasn.document;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Writes an export with POI's streaming workbook: only the last 100 rows stay in memory, the rest go to a temporary
 * file, so 60,000 rows need bounded memory. Text a spreadsheet would run as a formula (leading =, +, -, @, or a tab or
 * carriage return) is neutralised: written as text with a leading apostrophe, it shows as typed and is never
 * evaluated.
 */
final class XlsxWriter {

    private static final int WINDOW = 100;

    private XlsxWriter() {}

    /** Text that a spreadsheet would take as a formula, made inert; anything else as it is. */
    static @Nullable String neutralise(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }

    static void write(
            String sheetName,
            List<String> caption,
            List<String> header,
            Consumer<Consumer<List<?>>> rows,
            OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            int[] next = {0};
            for (String line : caption) {
                sheet.createRow(next[0]++).createCell(0).setCellValue(neutralise(line));
            }
            if (!caption.isEmpty()) {
                next[0]++;
            }
            Row head = sheet.createRow(next[0]++);
            for (int i = 0; i < header.size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(header.get(i));
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(0, next[0]);
            rows.accept(values -> {
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    switch (value) {
                        case Number n -> cell.setCellValue(n.doubleValue());
                        case Boolean b -> cell.setCellValue(b);
                        case LocalDate d -> {
                            cell.setCellValue(d);
                            cell.setCellStyle(date);
                        }
                        default -> cell.setCellValue(neutralise(value.toString()));
                    }
                }
            });
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
