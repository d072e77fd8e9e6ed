package id.meritasn.imports;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.shared.text.Text;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {

    static final List<String> DANGEROUS =
            List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1");

    @Test
    void every_character_a_spreadsheet_reads_as_a_formula_start_is_caught_and_plain_text_is_not() {
        assertThat(DANGEROUS)
                .allSatisfy(text ->
                        assertThat(SpreadsheetText.executable(text)).as(text).isTrue());
        assertThat(List.of("Andi Wijaya", "S.E.", "III/a", "1990", "", " =not first"))
                .allSatisfy(text ->
                        assertThat(SpreadsheetText.executable(text)).as(text).isFalse());
    }

    @Test
    void the_error_report_neutralises_every_dangerous_cell_and_keeps_the_text() throws Exception {
        List<ImportJob.RowError> errors = new ArrayList<>();
        for (int i = 0; i < DANGEROUS.size(); i++) {
            errors.add(new ImportJob.RowError(
                    i + 2,
                    "name",
                    DANGEROUS.get(i),
                    new Text("test.FORMULA", Map.of(), "The name may not start with =", "=Nama tidak boleh")));
        }

        String csv = SpreadsheetText.errorReport(errors);

        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();
        assertThat(rows).hasSize(DANGEROUS.size());
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).get("NILAI")).isEqualTo("'" + DANGEROUS.get(i));
            assertThat(SpreadsheetText.executable(rows.get(i).get("NILAI"))).isFalse();
        }
        assertThat(rows.getFirst().get("BARIS")).isEqualTo("2");
        assertThat(rows.getFirst().get("ALASAN"))
                .as("the report is in Indonesian, its text neutralised too")
                .isEqualTo("'=Nama tidak boleh");
    }
}
