package id.meritasn.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxWriterTest {

    static final List<String> DANGEROUS =
            List.of("=HYPERLINK(\"http://x\",\"klik\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1");

    @Test
    void every_dangerous_leading_character_is_written_as_inert_text_and_round_trips_through_poi() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxWriter.write(
                "Uji",
                List.of("=caption"),
                List.of("Teks", "Angka", "Tanggal"),
                rows -> {
                    for (String text : DANGEROUS) {
                        rows.accept(Arrays.asList(text, 42, LocalDate.of(2026, 12, 7)));
                    }
                    rows.accept(Arrays.asList("Budi, S.E.", null, null));
                },
                out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("'=caption");
            for (int i = 0; i < DANGEROUS.size(); i++) {
                Row row = sheet.getRow(3 + i);
                assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo("'" + DANGEROUS.get(i));
                assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(42);
                assertThat(row.getCell(2).getLocalDateTimeCellValue().toLocalDate())
                        .isEqualTo(LocalDate.of(2026, 12, 7));
            }
            Row plain = sheet.getRow(3 + DANGEROUS.size());
            assertThat(plain.getCell(0).getStringCellValue()).isEqualTo("Budi, S.E.");
            assertThat(plain.getCell(1)).isNull();
            // no cell anywhere holds a formula
            sheet.forEach(
                    row -> row.forEach(cell -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA)));
        }
    }

    @Test
    void neutralise_leaves_ordinary_text_alone() {
        assertThat(XlsxWriter.neutralise("Andi")).isEqualTo("Andi");
        assertThat(XlsxWriter.neutralise("")).isEmpty();
        assertThat(XlsxWriter.neutralise(null)).isNull();
        assertThat(XlsxWriter.neutralise("3-4")).isEqualTo("3-4");
    }
}
