package id.meritasn.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.shared.text.Text;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A stored "missing" text reads back into its kind and arguments, and so into the user's language. */
class MissingInputTest {

    private static Map<String, String> sampleArgs(MissingInput kind) {
        Map<String, String> args = new LinkedHashMap<>();
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(kind.english());
        int i = 0;
        while (m.find()) {
            // values that contain the template's own punctuation, to show the reading is anchored on the literals
            args.put(m.group(1), i++ == 0 ? "2019-03-04 (SK 12, ulang)" : String.valueOf(i * 7));
        }
        return args;
    }

    @Test
    void every_kind_stored_in_english_reads_back_with_its_code_and_arguments_in_both_languages() {
        for (MissingInput kind : MissingInput.values()) {
            Object[] pairs = sampleArgs(kind).entrySet().stream()
                    .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
                    .toArray();
            Text stored = kind.with(pairs);

            Text read = MissingInput.describe(stored.english());

            assertThat(read.code()).as(kind.name()).isEqualTo(kind.code());
            assertThat(read.args()).as(kind.name()).isEqualTo(stored.args());
            assertThat(read.indonesian()).as(kind.name()).isEqualTo(stored.indonesian());
            assertThat(read.indonesian()).as(kind.name()).isNotEqualTo(read.english());
        }
    }

    @Test
    void an_expired_competency_is_not_read_as_an_invalid_one() {
        Text expired = MissingInput.COMPETENCY_EXPIRED.with(
                "assessedOn", "2021-01-04", "years", "3", "validFrom", "2023-12-31");

        assertThat(MissingInput.describe(expired.english()).code()).isEqualTo("assessment.missing.COMPETENCY_EXPIRED");
        assertThat(MissingInput.describe("Competency assessment: level 7 of integritas is not 1-5")
                        .args())
                .containsEntry("problem", "level 7 of integritas is not 1-5");
    }

    @Test
    void a_text_of_no_known_kind_stays_as_it_was() {
        Text other = MissingInput.describe("Something an older version stored");

        assertThat(other.code()).isEqualTo("assessment.missing.OTHER");
        assertThat(other.english()).isEqualTo("Something an older version stored");
        assertThat(other.indonesian()).isEqualTo("Something an older version stored");
    }
}
