package id.meritasn.employee;

import id.meritasn.bench.BenchmarkReport;
import id.meritasn.imports.TabularFile;
import id.meritasn.support.MixedLoad;
import id.meritasn.support.PlatformProcess;
import id.meritasn.support.TestDatabase;
import id.meritasn.support.Tokens;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The heap an import of the largest allowed file needs: the file ({@link TabularFile#MAX_ROWS} rows, just under
 * {@link TabularFile#MAX_BYTES}) uploaded as multipart to the platform running as its own JVM with a given -Xmx, from
 * small heaps up until the import completes. (Heap in use measured inside a JVM counts garbage not yet collected.)
 */
final class ImportHeapMeasure {

    private ImportHeapMeasure() {}

    /** Heaps tried, smallest first: the first with which the import completes is the figure. */
    static final int[] HEAPS_MB = {96, 128, 192, 256, 384};

    static void measure(BenchmarkReport report) throws Exception {
        measure(report, "CSV", largestFile(), "pegawai.csv");
        // as Excel saves it: every text in the shared strings table, which the streamed reader keeps in memory
        measure(report, "XLSX", largestWorkbook(), "pegawai.xlsx");
    }

    private static void measure(BenchmarkReport report, String kind, byte[] file, String fileName) throws Exception {
        TestDatabase.Coordinates db = TestDatabase.get();
        Integer smallest = null;
        List<String> tries = new ArrayList<>();
        for (int heap : HEAPS_MB) {
            String agency = "bench_heap_" + heap + "_"
                    + Long.toHexString(System.nanoTime()).substring(6);
            Path log = Path.of(System.getProperty("java.io.tmpdir"), "meritasn-bench-heap-" + heap + ".log");
            try (PlatformProcess platform = PlatformProcess.start(
                    db,
                    PlatformProcess.freePort(),
                    heap + "m",
                    List.of("-XX:+ExitOnOutOfMemoryError"),
                    List.of("--logging.level.root=WARN", "--meritasn.mobility.indexer-enabled=false"),
                    log)) {
                platform.awaitServing();
                String status = importOnce(platform, agency, file, fileName);
                tries.add("-Xmx" + heap + "m: " + status);
                if (status.startsWith("COMPLETED")) {
                    smallest = heap;
                    break;
                }
            }
        }
        report.againstLimit(
                "smallest heap (-Xmx) with which the platform imports the largest allowed file (" + TabularFile.MAX_ROWS
                        + " rows, " + file.length / (1024 * 1024) + " MB " + kind + ", multipart upload)",
                smallest == null ? Double.POSITIVE_INFINITY : smallest,
                "MB",
                256);
        report.note("Heap, " + kind + ": the platform (ServeMain) as its own JVM with -Xmx from "
                + java.util.Arrays.toString(HEAPS_MB)
                + " MB, smallest first, each importing the file until one completes: " + String.join("; ", tries)
                + ". Limit: the 256 MB heap the platform's JVM is given in the load benchmark.");
    }

    /** Uploads the file to a fresh agency and waits for the job; "COMPLETED in N s", "FAILED ...", or how it died. */
    private static String importOnce(PlatformProcess platform, String agency, byte[] file, String fileName)
            throws Exception {
        String platformToken = Tokens.builder("bench", "platform-admin").mint();
        MixedLoad.post(
                platform.graphQl(),
                platformToken,
                "mutation { provisionTenant(input: {key: \"" + agency + "\", displayName: \"Heap " + agency
                        + "\", kind: KOTA, region: \"Uji\"}) { tenant { key } } }");
        String admin = Tokens.builder("bench", "tenant-admin")
                .claims(Map.of("organization", List.of(agency)))
                .expiresAt(Instant.now().plus(Duration.ofHours(1)))
                .mint();
        MixedLoad.post(
                platform.graphQl(),
                admin,
                "mutation { saveUnit(input: {code: \"SETDA\", name: \"Setda\"})" + " { unit { code } } }");
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = upload(platform.port(), admin, file, fileName);
        } catch (java.io.IOException died) {
            return "the platform died during the upload (out of memory)";
        }
        if (response.statusCode() != 202) {
            return "upload refused: HTTP " + response.statusCode();
        }
        String id = new tools.jackson.databind.ObjectMapper()
                .readTree(response.body())
                .path("job")
                .path("id")
                .asString();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        while (Instant.now().isBefore(deadline)) {
            MixedLoad.Answer job;
            try {
                job = MixedLoad.post(
                        platform.graphQl(), admin, "{ employeeImport(id: \"" + id + "\") { status created } }");
            } catch (java.io.IOException died) {
                return "the platform died during the import (out of memory)";
            }
            String status = job.body()
                    .path("data")
                    .path("employeeImport")
                    .path("status")
                    .asString();
            if (status.equals("COMPLETED") || status.equals("FAILED")) {
                return String.format(
                        java.util.Locale.ROOT,
                        "%s in %.0f s, %d created",
                        status,
                        (System.nanoTime() - start) / 1e9,
                        job.body()
                                .path("data")
                                .path("employeeImport")
                                .path("created")
                                .asInt());
            }
            Thread.sleep(500);
        }
        return "not finished within 10 minutes";
    }

    /** MAX_ROWS distinct employees with names long enough to bring the file just under MAX_BYTES. */
    static byte[] largestFile() {
        List<String[]> rows = EmployeeImportBenchmark.rows(TabularFile.MAX_ROWS);
        int fixed = 18 + 1 + 5 + 1 + 10 + 7 + 1; // NIP, golongan, TMT, unit, separators and newline
        int nameLength = Math.max(10, (TabularFile.MAX_BYTES - 4096) / TabularFile.MAX_ROWS - fixed);
        StringBuilder csv = new StringBuilder("NIP_BARU,NAMA,GOL_RUANG,TMT_GOLONGAN,KODE_UNOR\n");
        for (String[] row : rows) {
            String name = (row[1] + " " + "Sutrisno Wibowo Hadiningrat ".repeat(4))
                    .substring(0, nameLength)
                    .trim();
            csv.append(row[0])
                    .append(',')
                    .append(name)
                    .append(',')
                    .append(row[2])
                    .append(',')
                    .append(row[3])
                    .append(",SETDA\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The rows of {@link #largestFile()} as an XLSX workbook with a shared strings table, as Excel writes it. */
    static byte[] largestWorkbook() throws Exception {
        String[] lines = new String(largestFile(), StandardCharsets.UTF_8).split("\n");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 1000, true, true);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Pegawai");
            for (int r = 0; r < lines.length; r++) {
                var row = sheet.createRow(r);
                String[] cells = lines[r].split(",", -1);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static HttpResponse<String> upload(int port, String token, byte[] file, String fileName) throws Exception {
        String boundary = "meritasn-bench";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql/imports/employees"))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, file, tail)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
