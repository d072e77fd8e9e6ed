package id.meritasn.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every policy key an agency manifest sets is read by some code: a key nothing consumes would let an agency believe it
 * configured something ("talentmap.realtime: true") that the platform ignores. A key counts as read when a source file
 * of the backend or the UI names it as a string literal.
 */
class ManifestKeysTest {

    static final List<Path> SOURCES = List.of(
            Path.of("src/main/java"),
            Path.of("../frontend/src/main/java"),
            Path.of("../frontend/src/main/frontend/views"));

    @Test
    void every_policy_key_of_every_manifest_is_read_by_code() {
        List<TenantManifest> manifests = new TenantManifests().load();
        assertThat(manifests).hasSizeGreaterThanOrEqualTo(5);
        String code = sources();
        Map<String, List<String>> unread = new TreeMap<>();
        for (TenantManifest manifest : manifests) {
            for (String key : manifest.policy().keySet()) {
                if (!code.contains("\"" + key + "\"") && !code.contains("'" + key + "'")) {
                    unread.computeIfAbsent(key, k -> new ArrayList<>()).add(manifest.key());
                }
            }
        }
        assertThat(unread)
                .as("policy keys set by manifests (key -> agencies) that no code reads")
                .isEmpty();
    }

    @Test
    void the_check_sees_a_key_nothing_reads() {
        // the mobility feature reads its key; no code names a key that does not exist
        assertThat(sources()).contains("\"mobility.participates\"").doesNotContain("\"talentmap.nothingReadsThis\"");
    }

    static String sources() {
        StringBuilder all = new StringBuilder();
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java")
                                || f.toString().endsWith(".tsx")
                                || f.toString().endsWith(".ts"))
                        .filter(f -> !f.toString().contains("/generated/"))
                        .forEach(f -> {
                            try {
                                all.append(Files.readString(f)).append('\n');
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all.toString();
    }
}
