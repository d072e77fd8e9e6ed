package id.meritasn.succession;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The tamper evidence of the succession record: every entry's hash is SHA-256 over the previous entry's hash and the
 * entry's canonical content, so editing, deleting or reordering any stored entry breaks the chain at that entry.
 * The canonical content prefixes each field with its length, so no two different entries share a text.
 */
public final class HashChain {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    /** An entry as stored. */
    public record Entry(
            long id,
            Instant at,
            String actor,
            String action,
            String subject,
            String payload,
            String prevHash,
            String hash) {}

    /** Intact, or the first entry whose link or content does not match, with the reason. */
    public record Verification(
            boolean intact,
            int entries,
            @Nullable Long brokenAtId,
            @Nullable String problem) {}

    private HashChain() {}

    /** Timestamps are hashed at microseconds, the precision PostgreSQL keeps. */
    public static Instant truncate(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    public static String hash(
            String prevHash, Instant at, String actor, String action, String subject, String payload) {
        StringBuilder canonical = new StringBuilder();
        for (String field : List.of(prevHash, truncate(at).toString(), actor, action, subject, payload)) {
            canonical.append(field.length()).append(':').append(field).append('\n');
        }
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Checks entries in id order from the first one. */
    public static Verification verify(List<Entry> entries) {
        return verify(entries, GENESIS);
    }

    /** Checks entries in id order that follow an entry with hash {@code previous} (verified before). */
    public static Verification verify(List<Entry> entries, String previous) {
        for (Entry e : entries) {
            if (!e.prevHash().equals(previous)) {
                return new Verification(
                        false,
                        entries.size(),
                        e.id(),
                        "Entry " + e.id()
                                + " does not link to the entry before it (an entry was removed, added or reordered).");
            }
            if (!e.hash().equals(hash(e.prevHash(), e.at(), e.actor(), e.action(), e.subject(), e.payload()))) {
                return new Verification(
                        false,
                        entries.size(),
                        e.id(),
                        "Entry " + e.id() + " does not match its hash (its content was changed).");
            }
            previous = e.hash();
        }
        return new Verification(true, entries.size(), null, null);
    }
}
