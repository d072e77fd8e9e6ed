package id.meritasn.assessment;

import static id.meritasn.jooq.t_template.Tables.TALENT_RESULT;

import id.meritasn.shared.db.AnyOf;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/** Storing new result versions: the stamps a recompute compares with, the encoding and digest, and the COPY. */
@Repository
class TalentResultWriter {

    private final ObjectMapper json;

    TalentResultWriter(ObjectMapper json) {
        this.json = json;
    }

    /** The latest version and digest per employee: what a recompute needs to know, without the explanations. */
    record Stamp(int version, @Nullable String hash) {}

    Map<String, Stamp> latestStamps(DSLContext tenant, long periodId, @Nullable Collection<String> nips) {
        Map<String, Stamp> stamps = new HashMap<>();
        tenant.select(TALENT_RESULT.NIP, TALENT_RESULT.VERSION, TALENT_RESULT.RESULT_HASH)
                .distinctOn(TALENT_RESULT.NIP)
                .from(TALENT_RESULT)
                .where(TALENT_RESULT.PERIOD_ID.eq(periodId))
                .and(nips == null ? DSL.noCondition() : AnyOf.strings(TALENT_RESULT.NIP, nips))
                .orderBy(TALENT_RESULT.NIP, TALENT_RESULT.VERSION.desc())
                .forEach(r -> stamps.put(r.value1(), new Stamp(r.value2(), r.value3())));
        return stamps;
    }

    /** A result to store as the employee's next version. */
    record NewResult(String nip, int version, int rubricVersion, ScoreEngine.Result result, Encoded encoded) {}

    /**
     * Stores many results with PostgreSQL COPY in the caller's transaction (a full recompute writes tens of thousands,
     * each with its explanation); COPY goes to the tenant schema through the transaction's search_path. Rows go out in
     * batches of about 128 KB: one text of a whole chunk (10 MB for 5,000 results) was a humongous allocation for the
     * collector, copied twice more on its way to the driver.
     */
    void saveResults(DSLContext tenant, long periodId, List<NewResult> results) {
        if (results.isEmpty()) {
            return;
        }
        tenant.connection(connection -> {
            CopyIn copy = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "COPY talent_result (period_id, nip, version, rubric_version, mapped, missing, potential, performance,"
                                    + " box, explanation, result_hash) FROM STDIN");
            try {
                StringBuilder rows = new StringBuilder(COPY_BATCH + 4096);
                for (NewResult n : results) {
                    row(rows, periodId, n);
                    if (rows.length() >= COPY_BATCH) {
                        send(copy, rows);
                    }
                }
                send(copy, rows);
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy(); // a failure half-way: nothing of this COPY is kept
                }
            }
        });
    }

    private static final int COPY_BATCH = 128 * 1024;

    private static void row(StringBuilder rows, long periodId, NewResult n) {
        ScoreEngine.Result r = n.result();
        rows.append(periodId)
                .append('\t')
                .append(n.nip())
                .append('\t')
                .append(n.version())
                .append('\t')
                .append(n.rubricVersion())
                .append('\t')
                .append(r.mapped())
                .append('\t');
        copyText(rows, n.encoded().missing())
                .append('\t')
                .append(r.potential() == null ? "\\N" : r.potential().toPlainString())
                .append('\t')
                .append(r.performance() == null ? "\\N" : r.performance().toPlainString())
                .append('\t')
                .append(r.box() == null ? "\\N" : r.box().toString())
                .append('\t');
        copyText(rows, n.encoded().explanation())
                .append('\t')
                .append(n.encoded().hash())
                .append('\n');
    }

    private static void send(CopyIn copy, StringBuilder rows) throws SQLException {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        rows.setLength(0);
    }

    /**
     * COPY's text format: backslash, tab, newline and carriage return escaped, appended to the rows being built. Our
     * JSON holds none of the last three (Jackson escapes them) and rarely a backslash, so the value goes in whole when
     * the JDK's vectorized searches find none: a loop testing each character was 9% of a full recompute's Java time.
     */
    private static StringBuilder copyText(StringBuilder out, String value) {
        if (value.indexOf('\\') < 0 && value.indexOf('\t') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return out.append(value);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out;
    }

    /** A result as stored: its JSON columns, written once and used both for the digest and for COPY. */
    record Encoded(String missing, String explanation, String hash) {}

    /**
     * The JSON columns and the SHA-256 of the canonical JSON array of everything a stored result says
     * ({@code [rubricVersion, mapped, missing, potential, performance, box, explanation]}, as Jackson writes it). The
     * array is assembled from the column texts so that a full recompute serializes each explanation once.
     */
    Encoded encode(int rubricVersion, ScoreEngine.Result r) {
        // nothing is missing for nearly everyone, and an empty list needs no data binding to be written as "[]"
        String missing = r.missing().isEmpty() ? "[]" : json.writeValueAsString(r.missing());
        String explanation = ExplanationJson.write(json, r.explanation());
        String canonical = "[" + rubricVersion + "," + r.mapped() + "," + missing + "," + quoted(r.potential()) + ","
                + quoted(r.performance()) + "," + r.box() + "," + explanation + "]";
        return new Encoded(
                missing,
                explanation,
                HexFormat.of().formatHex(SHA_256.get().digest(canonical.getBytes(StandardCharsets.UTF_8))));
    }

    /** One digest per thread: looking the algorithm up for every result was a measurable part of encoding them. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private static String quoted(@Nullable BigDecimal value) {
        return value == null ? "null" : "\"" + value.toPlainString() + "\"";
    }
}
