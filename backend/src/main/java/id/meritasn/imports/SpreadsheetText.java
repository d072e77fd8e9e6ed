package id.meritasn.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Text that a spreadsheet would execute: a cell starting with {@code = + - @}, a tab or a carriage return is read as
 * a formula (CSV injection; {@code =HYPERLINK(...)} in a name). Names are refused with it; every CSV the platform
 * writes neutralises such a cell with a leading apostrophe, which spreadsheets show as text.
 */
public final class SpreadsheetText {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {}

    public static boolean executable(@Nullable String text) {
        return text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    public static String neutralised(@Nullable Object cell) {
        String text = cell == null ? "" : cell.toString();
        return executable(text) ? "'" + text : text;
    }

    /** An import's refused rows as CSV (row, column, value, reason), the report an operator fixes the file from. */
    public static String errorReport(List<ImportJob.RowError> errors) {
        StringBuilder csv = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(
                csv,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader("BARIS", "KOLOM", "NILAI", "ALASAN")
                        .get())) {
            for (ImportJob.RowError error : errors) {
                printer.printRecord(
                        error.rowNumber(),
                        neutralised(error.field()),
                        neutralised(error.value()),
                        neutralised(error.text().indonesian()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString();
    }
}
