package id.meritasn.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/** Samples the platform's resident set every half second while the load runs. */
final class RssSampler extends Thread {
    private final long pid;
    private final AtomicLong max = new AtomicLong();

    RssSampler(long pid) {
        this.pid = pid;
        setDaemon(true);
    }

    long maxKb() {
        return max.get();
    }

    @Override
    public void run() {
        try {
            while (!isInterrupted()) {
                max.accumulateAndGet(rssKb(pid), Math::max);
                Thread.sleep(500);
            }
        } catch (InterruptedException | IOException stopped) {
            // sampling ends with the load
        }
    }

    static long rssKb(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                .filter(l -> l.startsWith("VmRSS:"))
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")))
                .findFirst()
                .orElse(0L);
    }
}
