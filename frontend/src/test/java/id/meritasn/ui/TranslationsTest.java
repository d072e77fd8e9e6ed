package id.meritasn.ui;

import id.meritasn.shared.text.TextCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two languages stay in step: the Indonesian and English translation files have the same keys, and every server
 * text code (each enum implementing {@link TextCode}, found on the classpath) has a text in both, the English one the
 * code's own template, and a key in the UI's table of server texts (the build keeps only keys it finds there).
 */
class TranslationsTest {

    static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/translations_" + language
                + ".properties")) {
            assertThat(in).as("translations_" + language).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    static List<TextCode> serverCodes() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(TextCode.class));
        List<TextCode> codes = new ArrayList<>();
        for (BeanDefinition found : scanner.findCandidateComponents("id.meritasn")) {
            Class<?> type = Class.forName(found.getBeanClassName());
            if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    codes.add((TextCode) constant);
                }
            }
        }
        return codes;
    }

    @Test
    void indonesian_and_english_have_the_same_keys() throws IOException {
        var id = new TreeSet<>(load("id").stringPropertyNames());
        var en = new TreeSet<>(load("en").stringPropertyNames());

        assertThat(id).as("keys only in Indonesian").containsAll(en);
        assertThat(en).as("keys only in English").containsAll(id);
    }

    @Test
    void every_server_text_code_has_a_text_in_both_languages_and_a_key_in_the_ui() throws Exception {
        Properties id = load("id");
        Properties en = load("en");
        String table = Files.readString(Path.of("src/main/frontend/components/serverTexts.ts"));
        List<TextCode> codes = serverCodes();

        assertThat(codes).as("server text codes found on the classpath").hasSizeGreaterThan(40);
        for (TextCode code : codes) {
            String key = "server." + code.code();
            assertThat(id.getProperty(key)).as(key + " in Indonesian").isNotBlank().isNotEqualTo(code.english());
            assertThat(en.getProperty(key)).as(key + " in English").isEqualTo(code.english());
            assertThat(table).as(key + " in serverTexts.ts").contains("'" + code.code() + "': key`" + key + "`");
            // every placeholder of the English template is one the Indonesian text uses too
            java.util.regex.Matcher placeholders = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(code.english());
            while (placeholders.find()) {
                assertThat(id.getProperty(key)).as(key + " uses " + placeholders.group()).contains("{"
                        + placeholders.group(1));
            }
        }
    }
}
