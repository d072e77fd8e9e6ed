package id.meritasn.employee;

import com.sun.management.GarbageCollectionNotificationInfo;
import id.meritasn.bench.BenchmarkReport;
import id.meritasn.support.Tokens;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The heap an import of the largest allowed file needs: the file ({@link TabularFile#MAX_ROWS} rows, just under
 * {@link TabularFile#MAX_BYTES}) uploaded as multipart to the running platform, and the live heap measured after every
 * collection until the job ends (the heap in use between collections is mostly garbage, so it says little).
 */
final class ImportHeapMeasure {

    private ImportHeapMeasure() {
    }

    static void measure(BenchmarkReport report, int port, String agency, Supplier<Boolean> finished) throws Exception {
        byte[] file = largestFile();
        AtomicLong maxLive = new AtomicLong();
        NotificationListener listener = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long live = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
                maxLive.accumulateAndGet(live, Math::max);
            }
        };
        List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
        System.gc();
        long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        collectors.forEach(c -> ((NotificationEmitter) c).addNotificationListener(listener, null, null));
        try {
            HttpResponse<String> response = upload(port, agency, file);
            if (response.statusCode() != 202) {
                throw new IllegalStateException("upload refused: " + response.statusCode() + " " + response.body());
            }
            Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
            while (!finished.get() && Instant.now().isBefore(deadline)) {
                Thread.sleep(50);
            }
        } finally {
            collectors.forEach(c -> {
                try {
                    ((NotificationEmitter) c).removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException ignored) {
                    // not registered
                }
            });
        }
        double mb = Math.max(0, maxLive.get() - before) / (1024.0 * 1024.0);
        report.againstLimit("live heap while importing the largest allowed file (" + TabularFile.MAX_ROWS + " rows, "
                + file.length / (1024 * 1024) + " MB CSV, multipart upload), above the heap before", mb, "MB", 256);
        report.note("Heap: the most heap in use right after any garbage collection from the upload to the end of the"
                + " job, minus the heap after a collection before it (" + before / (1024 * 1024) + " MB); limit: the"
                + " 256 MB heap the platform's JVM is given in the load benchmark.");
    }

    /** MAX_ROWS distinct employees with names long enough to bring the file just under MAX_BYTES. */
    static byte[] largestFile() {
        List<String[]> rows = EmployeeImportBenchmark.rows(TabularFile.MAX_ROWS);
        int fixed = 18 + 1 + 5 + 1 + 10 + 7 + 1;  // NIP, golongan, TMT, unit, separators and newline
        int nameLength = Math.max(10, (TabularFile.MAX_BYTES - 4096) / TabularFile.MAX_ROWS - fixed);
        StringBuilder csv = new StringBuilder("NIP_BARU,NAMA,GOL_RUANG,TMT_GOLONGAN,KODE_UNOR\n");
        for (String[] row : rows) {
            String name = (row[1] + " " + "Sutrisno Wibowo Hadiningrat ".repeat(4)).substring(0, nameLength).trim();
            csv.append(row[0]).append(',').append(name).append(',').append(row[2]).append(',').append(row[3])
                    .append(",SETDA\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> upload(int port, String agency, byte[] file) throws Exception {
        String boundary = "meritasn-bench";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"pegawai.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        String token = Tokens.builder("bench", "tenant-admin").claims(Map.of("organization", List.of(agency))).mint();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/graphql/imports/employees")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, file, tail))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
