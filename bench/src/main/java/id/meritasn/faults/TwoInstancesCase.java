package id.meritasn.faults;

import id.meritasn.support.MixedLoad;
import id.meritasn.support.PlatformProcess;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Case 4: two platform instances on one PostgreSQL behind nginx (Debian's, as ops/two-instances runs them); one is
 * killed (SIGKILL) under a mixed load. The other serves on and no acknowledged write is lost.
 */
final class TwoInstancesCase implements FaultCase {

    @Override
    public void run(FaultReport report) throws Exception {
        String nginx = System.getProperty("meritasn.faults.nginx", "/usr/sbin/nginx");
        if (!Files.isExecutable(Path.of(nginx))) {
            throw new IllegalStateException("nginx is needed at " + nginx + " (ops/faults installs Debian's)");
        }
        try (FaultWorld world = new FaultWorld("two-instances")) {
            PlatformProcess a = world.platform("instance-a");
            PlatformProcess b = world.platform("instance-b");
            int port = PlatformProcess.freePort();
            Process balancer = startNginx(nginx, world.work, port, a.port(), b.port());
            try {
                URI graphQl = URI.create("http://127.0.0.1:" + port + "/graphql");
                PlatformProcess.awaitServing(graphQl, balancer, world.work.resolve("nginx-error.log"));
                String agency = "fault_two";
                FaultWorld.provision(graphQl, agency);
                MixedLoad load = MixedLoad.start(List.of(graphQl), FaultWorld.adminToken(agency), 4, 2);
                long killed;
                try {
                    MixedLoad.waitUntil(() -> load.acknowledged().size() >= 300, Duration.ofMinutes(2), "300 writes");
                    a.kill();
                    killed = System.nanoTime();
                    int atKill = load.acknowledged().size();
                    MixedLoad.waitUntil(
                            () -> load.acknowledged().size() >= atKill + 300,
                            Duration.ofMinutes(2),
                            "300 writes after the kill");
                } finally {
                    load.close();
                }
                Set<String> lost = new HashSet<>(load.acknowledged());
                lost.removeAll(world.unitCodes(agency));
                double servedAgainS = (load.firstAcknowledgedAfter(killed) - killed) / 1e9;
                report.row(
                        "one of two instances behind nginx killed (SIGKILL) under mixed load",
                        load.acknowledged().size(),
                        lost.size(),
                        load.gatewayErrors() + " gateway errors (502: a write"
                                + " in flight on the killed instance, not acknowledged), "
                                + load.otherFailures().size()
                                + " other errors (of " + load.requests() + " requests)",
                        String.format(
                                java.util.Locale.ROOT,
                                "the other instance acknowledged a write %.2f s after the" + " kill",
                                servedAgainS),
                        lost.isEmpty() && load.otherFailures().isEmpty());
                load.otherFailures().stream()
                        .limit(5)
                        .forEach(f -> report.note("two instances, unexpected answer: " + f));
            } finally {
                balancer.destroy();
                balancer.waitFor();
            }
        }
    }

    /** nginx in the foreground with a configuration of its own: round robin, a refused upstream passes to the next. */
    private static Process startNginx(String nginx, Path work, int port, int a, int b) throws Exception {
        Path tmp = Files.createDirectories(work.resolve("nginx-tmp"));
        Files.createDirectories(work.resolve("logs"));
        String conf = """
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/nginx-error.log;
                events { worker_connections 512; }
                http {
                  access_log off;
                  client_body_temp_path %2$s/body; proxy_temp_path %2$s/proxy; fastcgi_temp_path %2$s/fastcgi;
                  uwsgi_temp_path %2$s/uwsgi; scgi_temp_path %2$s/scgi;
                  upstream meritasn {
                    server 127.0.0.1:%4$d max_fails=1 fail_timeout=10s;
                    server 127.0.0.1:%5$d max_fails=1 fail_timeout=10s;
                    keepalive 16;
                  }
                  server {
                    listen 127.0.0.1:%3$d;
                    location / {
                      proxy_pass http://meritasn;
                      proxy_http_version 1.1;
                      proxy_set_header Connection "";
                      proxy_connect_timeout 1s;
                      proxy_next_upstream error timeout;
                    }
                  }
                }
                """.formatted(work, tmp, port, a, b);
        Path file = work.resolve("nginx.conf");
        Files.writeString(file, conf);
        return new ProcessBuilder(nginx, "-p", work.toString(), "-c", file.toString(), "-g", "daemon off;")
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("nginx.out").toFile())
                .start();
    }
}
