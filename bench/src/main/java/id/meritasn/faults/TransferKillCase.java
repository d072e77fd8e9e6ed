package id.meritasn.faults;

import id.meritasn.employee.EmployeeImportBenchmark;
import id.meritasn.support.PlatformProcess;
import id.meritasn.support.Tokens;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import tools.jackson.databind.JsonNode;

/**
 * Case 2, mobility: the platform killed (SIGKILL) while the receiving PPK accepts many released requests at once, each
 * acceptance running its transfer (both agencies' schemas in one transaction). After the restart every transfer is
 * whole or absent: an acknowledged acceptance ends COMPLETED (the indexer retries an accepted request whose transfer
 * the kill cut), the employee is TRANSFERRED_OUT on one side and active on the other with one marker each; what was not
 * accepted yet is accepted again, as its client would, and ends the same.
 */
final class TransferKillCase {

    static final int TRANSFERS = 80;
    static final int CLIENTS = 4;

    private final FaultWorld world;
    private final String releasing;
    private final String receiving;

    TransferKillCase(FaultWorld world, String releasing, String receiving) {
        this.world = world;
        this.releasing = releasing;
        this.receiving = receiving;
    }

    void run(PlatformProcess platform, int port, FaultReport report) throws Exception {
        FaultWorld.call(
                platform.graphQl(),
                FaultWorld.adminToken(receiving),
                "mutation { savePosition(input: {code:"
                        + " \"KABID\", name: \"Kepala Bidang\", level: \"ADMINISTRATOR\", unitCode: \"SETDA\", standard:"
                        + " [{competency: \"integritas\", kind: MANAGERIAL, requiredLevel: 3}]}) { position { code } } }");
        List<String> nips =
                EmployeeImportBenchmark.rows(TRANSFERS).stream().map(r -> r[0]).toList();
        List<String> ids = new ArrayList<>();
        for (String nip : nips) {
            ids.add(released(platform, nip));
        }
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        CountDownLatch started = new CountDownLatch(1);
        for (int client = 0; client < CLIENTS; client++) {
            int first = client;
            Thread.ofVirtual().start(() -> {
                started.countDown();
                for (int i = first; i < ids.size(); i += CLIENTS) {
                    try {
                        acknowledged.put(ids.get(i), accept(platform, ids.get(i)));
                    } catch (Exception cut) {
                        return; // the kill: this client was told nothing more
                    }
                }
            });
        }
        started.await();
        String completed = "SELECT count(*) FROM platform.mobility_request WHERE to_agency = '" + receiving
                + "' AND status = 'COMPLETED'";
        long atKill = WorkKillCase.awaitBetween(world, completed, 20, TRANSFERS);
        platform.kill();
        Map<String, String> answered = Map.copyOf(acknowledged);
        PlatformProcess restarted = world.platform("transfer-restart", port, true);
        long started2 = System.nanoTime();
        WorkKillCase.await(
                () -> world.number("SELECT count(*) FROM platform.mobility_request WHERE to_agency = '" + receiving
                                + "' AND status = 'ACCEPTED'")
                        == 0,
                "the accepted transfers to be retried");
        double retryS = (System.nanoTime() - started2) / 1e9;
        int acceptedAgain = 0;
        for (String id : ids) {
            if (!answered.containsKey(id) && status(id).equals("RELEASED")) {
                accept(restarted, id);
                acceptedAgain++;
            }
        }
        long lost = answered.keySet().stream()
                .filter(id -> !status(id).equals("COMPLETED"))
                .count();
        long whole = nips.stream().filter(this::whole).count();
        String moved =
                "(SELECT nip, name, golongan FROM %s.employee WHERE nip IN ('" + String.join("','", nips) + "'))";
        boolean same = world.number("SELECT count(*) FROM (" + String.format(moved, "t_" + releasing) + " EXCEPT "
                        + String.format(moved, "t_" + receiving) + ") d")
                == 0;
        report.row(
                "platform killed (SIGKILL) while " + CLIENTS + " clients accepted " + TRANSFERS + " mobility requests"
                        + " (each a transfer across two schemas), after " + atKill + " transfers",
                answered.size(),
                lost,
                answered.size() + " acceptances acknowledged before the kill; " + acceptedAgain + " not yet accepted,"
                        + " accepted again after the restart",
                String.format(
                        java.util.Locale.ROOT,
                        "accepted transfers cut by the kill retried by the indexer within"
                                + " %.1f s; %d of %d employees moved whole (one OUT and one IN marker, TRANSFERRED_OUT and active),"
                                + " records %s",
                        retryS,
                        whole,
                        TRANSFERS,
                        same ? "equal on both sides" : "DIFFERENT"),
                lost == 0 && whole == TRANSFERS && same);
        restarted.close();
    }

    /** Asked for by the receiving agency, consented by the employee, released by the releasing agency's PPK. */
    private String released(PlatformProcess platform, String nip) throws Exception {
        JsonNode request = FaultWorld.call(
                        platform.graphQl(),
                        FaultWorld.adminToken(receiving),
                        "mutation {"
                                + " requestMobility(input: {fromAgency: \"" + releasing + "\", nip: \"" + nip
                                + "\", targetPositionCode:"
                                + " \"KABID\"}) { request { id } errors { ... on UserError { message } } } }")
                .path("requestMobility");
        if (!request.path("errors").isEmpty()) {
            throw new IllegalStateException("request for " + nip + " refused: " + request);
        }
        String id = request.path("request").path("id").asString();
        decide(platform, token("pegawai." + nip, "employee", releasing, nip), "respondToMobilityRequest", id);
        decide(platform, token("ppk." + releasing, "ppk", releasing, null), "releaseForMobility", id);
        return id;
    }

    private String accept(PlatformProcess platform, String id) throws Exception {
        return decide(platform, token("ppk." + receiving, "ppk", receiving, null), "acceptMobility", id);
    }

    private static String decide(PlatformProcess platform, String token, String mutation, String id) throws Exception {
        JsonNode payload = FaultWorld.call(
                        platform.graphQl(),
                        token,
                        "mutation { " + mutation + "(input: {requestId: \"" + id
                                + "\", approve: true}) { request { status } errors { ... on UserError { message } } } }")
                .path(mutation);
        if (!payload.path("errors").isEmpty()) {
            throw new IllegalStateException(mutation + " of " + id + " refused: " + payload);
        }
        return payload.path("request").path("status").asString();
    }

    private static String token(String user, String role, String agency, String nip) {
        Map<String, Object> claims = nip == null
                ? Map.of("organization", List.of(agency))
                : Map.of("organization", List.of(agency), "nip", nip);
        return Tokens.builder(user, role)
                .claims(claims)
                .expiresAt(Instant.now().plus(Duration.ofHours(2)))
                .mint();
    }

    private String status(String id) {
        try (var connection = world.jdbc();
                var statement = connection.prepareStatement(
                        "SELECT status FROM platform.mobility_request WHERE id = ?::uuid")) {
            statement.setString(1, id);
            try (var rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : "ABSENT";
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Moved whole: TRANSFERRED_OUT with an OUT marker in the releasing agency, active with an IN marker in the other. */
    private boolean whole(String nip) {
        try {
            return world.number("SELECT count(*) FROM t_" + releasing + ".employee e JOIN t_" + releasing
                                    + ".mobility_transfer m ON m.nip = e.nip AND m.direction = 'OUT' WHERE e.nip = '"
                                    + nip
                                    + "' AND e.status = 'TRANSFERRED_OUT'")
                            == 1
                    && world.number("SELECT count(*) FROM t_" + receiving + ".employee e JOIN t_" + receiving
                                    + ".mobility_transfer m ON m.nip = e.nip AND m.direction = 'IN' WHERE e.nip = '"
                                    + nip
                                    + "' AND e.status = 'ACTIVE'")
                            == 1;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
