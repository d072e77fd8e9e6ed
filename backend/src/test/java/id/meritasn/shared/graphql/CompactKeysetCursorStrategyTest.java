package id.meritasn.shared.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.data.query.JsonKeysetCursorStrategy;

class CompactKeysetCursorStrategyTest {

    private final CompactKeysetCursorStrategy cursors = new CompactKeysetCursorStrategy();

    @Test
    void keysComeBackWithTheirTypesAndOrder() {
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("key", "Siti; Nur=Aini: 'ä' 😀");
        keys.put("rank", 17);
        keys.put("id", 9_000_000_000L);
        keys.put("empty", "");

        String cursor = cursors.toCursor(keys);
        Map<String, Object> back = cursors.fromCursor(cursor);

        assertThat(back).containsExactlyEntriesOf(keys);
        assertThat(back.get("rank")).isInstanceOf(Integer.class);
        assertThat(back.get("id")).isInstanceOf(Long.class);
        assertThat(cursor)
                .isEqualTo("key=s" + "Siti; Nur=Aini: 'ä' 😀".length() + ":Siti; Nur=Aini: 'ä' 😀;rank=i2:17;"
                        + "id=l10:9000000000;empty=s0:;");
    }

    @Test
    void otherValueTypesAreRefusedWhenTheCursorIsMade() {
        assertThatThrownBy(() -> cursors.toCursor(Map.of("day", LocalDate.of(2026, 1, 2))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'day'")
                .hasMessageContaining("LocalDate");
        assertThatThrownBy(() -> cursors.toCursor(Map.of("a=b", "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'a=b'");
    }

    @Test
    void malformedCursorsAreRefused() {
        for (String bad : List.of(
                "",
                "key",
                "key=s5:abc;",
                "key=s3:abc",
                "key=x3:abc;",
                "key=i2:ab;",
                "=s1:a;",
                "key=s1:ab;",
                "key=s-1:a;")) {
            assertThatThrownBy(() -> cursors.fromCursor(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Not a cursor of this API");
        }
    }

    @Test
    void cursorsOfThePreviousJsonFormStillDecode() {
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("key", "Budi");
        keys.put("nip", "198503152010011001");
        String json = new JsonKeysetCursorStrategy().toCursor(keys);

        assertThat(cursors.fromCursor(json)).containsExactlyEntriesOf(keys);
    }
}
