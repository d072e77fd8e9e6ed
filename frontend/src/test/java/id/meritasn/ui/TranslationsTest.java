package id.meritasn.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The two languages stay in step: the Indonesian and English translation files have the same keys (the server's
 * texts carry both languages themselves: backend shared/text/TextCodesTest).
 */
class TranslationsTest {

    static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in =
                TranslationsTest.class.getResourceAsStream("/vaadin-i18n/translations_" + language + ".properties")) {
            assertThat(in).as("translations_" + language).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void indonesian_and_english_have_the_same_keys() throws IOException {
        var id = new TreeSet<>(load("id").stringPropertyNames());
        var en = new TreeSet<>(load("en").stringPropertyNames());

        assertThat(id).as("keys only in Indonesian").containsAll(en);
        assertThat(en).as("keys only in English").containsAll(id);
    }
}
