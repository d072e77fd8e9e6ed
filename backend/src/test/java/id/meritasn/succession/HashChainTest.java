package id.meritasn.succession;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.succession.HashChain.Entry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HashChainTest {

    static List<Entry> chain(int size) {
        List<Entry> entries = new ArrayList<>();
        String previous = HashChain.GENESIS;
        for (int i = 1; i <= size; i++) {
            Instant at = Instant.parse("2027-01-15T03:00:00.123456Z").plusSeconds(i);
            String payload = "{\"step\":" + i + "}";
            String hash = HashChain.hash(previous, at, "komite", "slate.nominated", "case/" + i, payload);
            entries.add(new Entry(i * 10L, at, "komite", "slate.nominated", "case/" + i, payload, previous, hash));
            previous = hash;
        }
        return entries;
    }

    @Test
    void an_untouched_chain_is_intact_and_an_empty_one_too() {
        assertThat(HashChain.verify(chain(5))).isEqualTo(new HashChain.Verification(true, 5, null, null));
        assertThat(HashChain.verify(List.of()).intact()).isTrue();
    }

    @Test
    void an_edited_entry_breaks_the_chain_at_that_entry() {
        List<Entry> entries = chain(5);
        Entry third = entries.get(2);
        entries.set(
                2,
                new Entry(
                        third.id(),
                        third.at(),
                        third.actor(),
                        third.action(),
                        third.subject(),
                        "{\"step\":99}",
                        third.prevHash(),
                        third.hash()));

        var verification = HashChain.verify(entries);

        assertThat(verification.intact()).isFalse();
        assertThat(verification.brokenAtId()).isEqualTo(30L);
        assertThat(verification.problem()).contains("content was changed");
    }

    @Test
    void a_recomputed_hash_after_an_edit_still_breaks_the_link_of_the_next_entry() {
        List<Entry> entries = chain(4);
        Entry second = entries.get(1);
        String forged = HashChain.hash(
                second.prevHash(), second.at(), "ppk", second.action(), second.subject(), second.payload());
        entries.set(
                1,
                new Entry(
                        second.id(),
                        second.at(),
                        "ppk",
                        second.action(),
                        second.subject(),
                        second.payload(),
                        second.prevHash(),
                        forged));

        assertThat(HashChain.verify(entries).brokenAtId()).isEqualTo(30L);
    }

    @Test
    void a_removed_entry_breaks_the_chain_at_the_one_after_it() {
        List<Entry> entries = chain(4);
        entries.remove(1);

        var verification = HashChain.verify(entries);

        assertThat(verification.brokenAtId()).isEqualTo(30L);
        assertThat(verification.problem()).contains("does not link");
    }

    @Test
    void field_boundaries_count_so_moving_text_between_fields_changes_the_hash() {
        Instant at = Instant.parse("2027-01-15T03:00:00Z");
        assertThat(HashChain.hash(HashChain.GENESIS, at, "ab", "c", "s", "p"))
                .isNotEqualTo(HashChain.hash(HashChain.GENESIS, at, "a", "bc", "s", "p"));
        assertThat(HashChain.hash(HashChain.GENESIS, at.plusNanos(1), "a", "b", "s", "p"))
                .isEqualTo(HashChain.hash(HashChain.GENESIS, at, "a", "b", "s", "p"));
    }
}
