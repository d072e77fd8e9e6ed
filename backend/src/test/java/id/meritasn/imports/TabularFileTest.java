package id.meritasn.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Reading XLSX as a stream: what a spreadsheet holds (dates, numbers, gaps) reads as the CSV of the same data would. */
class TabularFileTest {

    static final Map<String, String> COLUMNS = Map.of("NIP", "NIP", "NAMA", "NAMA", "TMT", "TMT", "JP", "JP");

    @Test
    void date_cells_read_as_iso_dates_numbers_as_shown_and_left_out_cells_as_empty() throws Exception {
        byte[] file = workbook(3);

        List<TabularFile.Row> rows = TabularFile.read(TabularFile.Kind.XLSX, file, COLUMNS, List.of("NIP"));

        assertThat(rows).hasSize(3);
        assertThat(rows.getFirst().rowNumber()).isEqualTo(2);
        assertThat(rows.getFirst().values())
                .containsEntry("NIP", "198001152005031000")
                .containsEntry("NAMA", "Pegawai 0")
                .containsEntry("TMT", "2020-04-01")
                .containsEntry("JP", "24");
        // the second row leaves its name cell out: the columns after it keep their places
        assertThat(rows.get(1).values()).containsEntry("NAMA", "").containsEntry("TMT", "2020-04-02");
    }

    @Test
    void the_streamed_reader_counts_every_row_and_refuses_too_many_with_the_limit() throws Exception {
        byte[] file = workbook(5_000);
        List<Integer> chunks = new ArrayList<>();

        TabularFile.forEachChunk(
                TabularFile.Kind.XLSX, file, COLUMNS, List.of("NIP"), 0, 1_000, (chunk, done) -> chunks.add(done));

        assertThat(chunks).containsExactly(1_000, 2_000, 3_000, 4_000, 5_000);
        assertThat(TabularFile.check(TabularFile.Kind.XLSX, file, COLUMNS, List.of("NIP")))
                .isEqualTo(5_000);
        byte[] tooMany = workbook(TabularFile.MAX_ROWS + 1);
        assertThatThrownBy(() -> TabularFile.check(TabularFile.Kind.XLSX, tooMany, COLUMNS, List.of("NIP")))
                .isInstanceOfSatisfying(
                        ImportFileProblem.class,
                        p -> assertThat(p.rule()).isEqualTo(ImportFileProblem.Rule.TOO_MANY_ROWS))
                .hasMessageContaining(String.valueOf(TabularFile.MAX_ROWS));
    }

    @Test
    void a_damaged_workbook_is_refused_as_unreadable() throws Exception {
        byte[] file = workbook(10);
        byte[] cut = Arrays.copyOf(file, file.length / 2);

        assertThatThrownBy(() -> TabularFile.check(TabularFile.Kind.XLSX, cut, COLUMNS, List.of("NIP")))
                .isInstanceOfSatisfying(
                        ImportFileProblem.class,
                        p -> assertThat(p.rule()).isEqualTo(ImportFileProblem.Rule.UNREADABLE));
    }

    /** A header and {@code rows} rows: NIP as text, the name (left out on the second row), a date cell, a number. */
    static byte[] workbook(int rows) throws Exception {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Pegawai");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d/m/yyyy"));
            var header = sheet.createRow(0);
            List<String> names = List.of("NIP", "NAMA", "TMT", "JP");
            for (int c = 0; c < names.size(); c++) {
                header.createCell(c).setCellValue(names.get(c));
            }
            for (int r = 1; r <= rows; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue(String.valueOf(198001152005031000L + r - 1));
                if (r != 2) {
                    row.createCell(1).setCellValue("Pegawai " + (r - 1));
                }
                var tmt = row.createCell(2);
                tmt.setCellValue(LocalDate.of(2020, 4, 1).plusDays(r - 1));
                tmt.setCellStyle(date);
                row.createCell(3).setCellValue(24);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
