package id.meritasn.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * A CSV (UTF-8, ',' or ';') or XLSX (first sheet) file read into rows keyed by canonical column name, for every bulk
 * import: employees, assessment inputs. Whole-file problems (kind, size, encoding, missing columns, too many rows) are
 * refused before any row is read, each with its rule. Cells are trimmed; an empty line is skipped.
 */
public final class TabularFile {

    public static final int MAX_BYTES = 20 * 1024 * 1024;
    public static final int MAX_ROWS = 200_000;

    public enum Kind {
        CSV,
        XLSX
    }

    /** One data row; {@code rowNumber} is the line the operator sees in the file (the header is row 1). */
    public record Row(int rowNumber, Map<String, String> values) {
        public @Nullable String get(String column) {
            return values.get(column);
        }
    }

    private TabularFile() {}

    public static Kind detect(String fileName, byte[] content) throws ImportFileProblem {
        if (content.length == 0) {
            throw new ImportFileProblem(ImportFileProblem.Rule.EMPTY, "The file " + fileName + " is empty.");
        }
        if (content.length > MAX_BYTES) {
            throw new ImportFileProblem(
                    ImportFileProblem.Rule.TOO_LARGE,
                    "The file " + fileName + " has "
                            + content.length / (1024 * 1024) + " MB; the limit is " + MAX_BYTES / (1024 * 1024)
                            + " MB. Split it into several files.");
        }
        if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            return Kind.XLSX;
        }
        if (content.length >= 4
                && ((content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF
                        || content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F')) {
            throw new ImportFileProblem(
                    ImportFileProblem.Rule.WRONG_KIND,
                    "The file " + fileName
                            + " is not CSV or XLSX (old .xls or PDF?). Save it as CSV UTF-8 or as .xlsx.");
        }
        for (int i = 0; i < Math.min(content.length, 4096); i++) {
            if (content[i] == 0) {
                throw new ImportFileProblem(
                        ImportFileProblem.Rule.WRONG_KIND, "The file " + fileName + " is binary, not CSV or XLSX.");
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
        TabularRows rows = new TabularRows(columns, required, true);
        parse(kind, content, rows);
        return rows.rows();
    }

    /** Checks the file as {@link #read} does and counts its data rows, keeping none of them. */
    public static int check(Kind kind, byte[] content, Map<String, String> columns, List<String> required)
            throws ImportFileProblem {
        TabularRows rows = new TabularRows(columns, required, false);
        parse(kind, content, rows);
        return rows.count();
    }

    /** What a job does with each chunk of rows; {@code rowsDone} counts the data rows up to the chunk's end. */
    @FunctionalInterface
    public interface ChunkConsumer {
        void accept(List<Row> chunk, int rowsDone);
    }

    /**
     * Reads the file once, handing its rows after the first {@code skip} to {@code chunks} as they come, so no more
     * than a chunk of rows is held (the file itself is). A failure of {@code chunks} stops the reading and is rethrown.
     */
    public static void forEachChunk(
            Kind kind,
            byte[] content,
            Map<String, String> columns,
            List<String> required,
            int skip,
            int chunkSize,
            ChunkConsumer chunks)
            throws ImportFileProblem {
        TabularRows rows = new TabularRows(columns, required, skip, chunkSize, chunks);
        try {
            parse(kind, content, rows);
        } catch (TabularRows.ChunkFailed e) {
            throw e.failure();
        }
        rows.flush();
        rows.count();
    }

    private static void parse(Kind kind, byte[] content, TabularRows rows) throws ImportFileProblem {
        if (kind == Kind.CSV) {
            csv(content, rows);
        } else {
            xlsx(content, rows);
        }
    }

    /** Streams the records from the bytes (no copy of the text): a malformed UTF-8 sequence stops it as ENCODING. */
    private static void csv(byte[] content, TabularRows rows) throws ImportFileProblem {
        int start = content.length >= 3
                        && (content[0] & 0xFF) == 0xEF
                        && (content[1] & 0xFF) == 0xBB
                        && (content[2] & 0xFF) == 0xBF
                ? 3
                : 0;
        int lineEnd = start;
        while (lineEnd < content.length && content[lineEnd] != '\n') {
            lineEnd++;
        }
        String firstLine = new String(content, start, lineEnd - start, StandardCharsets.UTF_8);
        char delimiter = firstLine.chars().filter(c -> c == ';').count()
                        > firstLine.chars().filter(c -> c == ',').count()
                ? ';'
                : ',';
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (CSVParser parser = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .get()
                .parse(new InputStreamReader(
                        new ByteArrayInputStream(content, start, content.length - start), decoder))) {
            int record = 0;
            for (CSVRecord line : parser) {
                record++;
                rows.accept(record, line.toList());
            }
        } catch (TabularRows.ChunkFailed e) {
            throw e;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            if (e instanceof CharacterCodingException || e.getCause() instanceof CharacterCodingException) {
                throw new ImportFileProblem(
                        ImportFileProblem.Rule.ENCODING,
                        "The file is not UTF-8 text. Save it as" + " \"CSV UTF-8\" (Excel) or convert it to UTF-8.");
            }
            throw new ImportFileProblem(ImportFileProblem.Rule.UNREADABLE, "The CSV cannot be read: " + e.getMessage());
        }
    }

    /**
     * The first sheet read as a stream of rows (POI's SAX reader: the sheet's XML is never held as a tree, only the
     * shared strings are), so the largest allowed file needs a small, bounded heap.
     */
    private static void xlsx(byte[] content, TabularRows rows) throws ImportFileProblem {
        // opened from a file, POI reads each part of the ZIP when asked; from a stream it would inflate them all first
        Path file = null;
        try {
            file = Files.createTempFile("meritasn-import-", ".xlsx");
            Files.write(file, content);
            xlsx(file, rows);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot spool the XLSX file to a temporary file", e);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }

    private static void xlsx(Path file, TabularRows rows) throws ImportFileProblem {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ImportFileProblem(ImportFileProblem.Rule.UNREADABLE, "The XLSX file has no sheet.");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(
                        reader.getStylesTable(),
                        new ReadOnlySharedStringsTable(pkg),
                        new XlsxRows(rows),
                        new IsoDates(),
                        false));
                parser.parse(new InputSource(sheet));
            }
        } catch (TabularRows.ChunkFailed e) {
            throw e;
        } catch (ProblemInRow e) {
            throw e.problem;
        } catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
            throw new ImportFileProblem(
                    ImportFileProblem.Rule.UNREADABLE, "The XLSX file cannot be read: " + e.getMessage());
        }
    }

    private static final class ProblemInRow extends RuntimeException {
        final ImportFileProblem problem;

        ProblemInRow(ImportFileProblem problem) {
            super(problem);
            this.problem = problem;
        }
    }

    /** Hands each row on as its cells' text, with empty text for the cells a row leaves out. */
    private static final class XlsxRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final TabularRows rows;
        private final List<String> cells = new ArrayList<>();

        XlsxRows(TabularRows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            try {
                rows.accept(rowNum + 1, List.copyOf(cells));
            } catch (ImportFileProblem e) { // the SAX callback cannot throw it: carried out and unwrapped in xlsx()
                throw new ProblemInRow(e);
            }
        }

        @Override
        public void cell(@Nullable String reference, @Nullable String formatted, @Nullable XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formatted == null ? "" : formatted);
        }
    }
}
