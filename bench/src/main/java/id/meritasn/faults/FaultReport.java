package id.meritasn.faults;

import id.meritasn.bench.BenchmarkReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** ops/results/faults-<date>.md: one row per fault case with the acknowledged writes checked and lost. */
final class FaultReport {

    record Row(String fault, long checked, long lost, String duringTheFault, String recovery, boolean passed) {}

    private final String command;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    FaultReport(String command) {
        this.command = command;
    }

    void row(String fault, long checked, long lost, String duringTheFault, String recovery, boolean passed) {
        rows.add(new Row(fault, checked, lost, duringTheFault, recovery, passed));
        System.out.printf(
                "[faults] %s: %d checked, %d lost, %s; %s -> %s%n",
                fault, checked, lost, duringTheFault, recovery, passed ? "PASS" : "FAIL");
    }

    void note(String text) {
        notes.add(text);
    }

    boolean passed() {
        return rows.stream().allMatch(Row::passed);
    }

    String render() {
        StringBuilder out = new StringBuilder("# Fault suite\n\n");
        out.append("- date: ")
                .append(OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .append('\n');
        out.append("- machine: ").append(BenchmarkReport.machine()).append('\n');
        out.append("- command: `").append(command).append("`\n\n");
        out.append("| fault | acknowledged writes checked | lost | answers during the fault | recovery | result |\n");
        out.append("|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            out.append("| ")
                    .append(row.fault())
                    .append(" | ")
                    .append(row.checked())
                    .append(" | ")
                    .append(row.lost())
                    .append(" | ")
                    .append(row.duringTheFault())
                    .append(" | ")
                    .append(row.recovery())
                    .append(" | ")
                    .append(row.passed() ? "pass" : "**FAIL**")
                    .append(" |\n");
        }
        if (!notes.isEmpty()) {
            out.append('\n');
            notes.forEach(n -> out.append("- ").append(n).append('\n'));
        }
        return out.toString();
    }

    Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("faults-" + LocalDate.now(ZoneOffset.UTC) + ".md");
        Files.writeString(file, render());
        return file;
    }
}
