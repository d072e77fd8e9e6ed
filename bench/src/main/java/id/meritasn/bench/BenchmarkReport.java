package id.meritasn.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A results file: date, machine, command, then one row per figure with its peer or limit and the ratio. */
public final class BenchmarkReport {

    record Row(String figure, double ours, String unit, String against, double other, String verdict) {}

    private final String name;
    private final String command;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    BenchmarkReport(String name, String command) {
        this.name = name;
        this.command = command;
    }

    /** A figure against a limit: lower is better; the ratio says how far under (or over) the limit we are. */
    public void againstLimit(String figure, double ours, String unit, double limit) {
        rows.add(new Row(
                figure,
                ours,
                unit,
                "limit",
                limit,
                String.format(Locale.ROOT, "%.1fx under the limit%s", limit / ours, ours <= limit ? "" : " (MISSED)")));
    }

    /** A figure against a peer measured in the same run (or a reported figure): lower is better. */
    public void againstPeer(String figure, double ours, String unit, String peer, double peerValue) {
        rows.add(new Row(
                figure,
                ours,
                unit,
                peer,
                peerValue,
                peerValue >= ours
                        ? String.format(Locale.ROOT, "%.1fx faster than %s", peerValue / ours, peer)
                        : String.format(Locale.ROOT, "%.1fx slower than %s", ours / peerValue, peer)));
    }

    /** A figure that must reach a target (higher is better: sizes, throughput); the ratio is ours over the target. */
    public void atLeast(String figure, double ours, String unit, String against, double target) {
        rows.add(new Row(
                figure,
                ours,
                unit,
                against,
                target,
                String.format(Locale.ROOT, "%.2fx%s", ours / target, ours >= target ? "" : " (MISSED)")));
    }

    /** The p-th percentile (nearest rank) of measurements. */
    public static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[Math.max(0, Math.min((int) Math.ceil(p / 100.0 * sorted.length) - 1, sorted.length - 1))];
    }

    public void note(String text) {
        notes.add(text);
    }

    String render() {
        StringBuilder out = new StringBuilder();
        out.append("# Benchmark: ").append(name).append("\n\n");
        out.append("- date: ")
                .append(OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .append('\n');
        out.append("- machine: ").append(machine()).append('\n');
        out.append("- command: `").append(command).append("`\n\n");
        out.append("| figure | ours | against | their value | ratio |\n|---|---|---|---|---|\n");
        for (Row row : rows) {
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %.1f %s | %s | %.1f %s | %s |%n",
                    row.figure(),
                    row.ours(),
                    row.unit(),
                    row.against(),
                    row.other(),
                    row.unit(),
                    row.verdict()));
        }
        if (!notes.isEmpty()) {
            out.append('\n');
            notes.forEach(n -> out.append("- ").append(n).append('\n'));
        }
        return out.toString();
    }

    Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(name + "-" + LocalDate.now(ZoneOffset.UTC) + ".md");
        Files.writeString(file, render());
        return file;
    }

    public static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .orElse(cpu);
        } catch (IOException ignored) {
            // not Linux: the name stays unknown
        }
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getTotalMemorySize()
                / (1024 * 1024 * 1024);
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + memory + " GiB, "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", Java "
                + System.getProperty("java.version");
    }

    /** Whether the run recorded no figure (a quick check): then no results file is written. */
    boolean isEmpty() {
        return rows.isEmpty();
    }
}
