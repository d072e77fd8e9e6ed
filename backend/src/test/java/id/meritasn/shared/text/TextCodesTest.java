package id.meritasn.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/** Every server text (each enum implementing TextCode) reads in both languages with the same arguments. */
class TextCodesTest {

    static List<TextCode> codes() throws ClassNotFoundException {
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

    /** The argument names of a template: its {name}s, the names its selects choose on, and those inside branches. */
    static Set<String> placeholders(String template) {
        Set<String> names = new TreeSet<>();
        int i = 0;
        while ((i = template.indexOf('{', i)) >= 0) {
            int end = closing(template, i);
            String body = template.substring(i + 1, end);
            int comma = body.indexOf(',');
            if (comma < 0) {
                names.add(body.trim());
            } else {
                names.add(body.substring(0, comma).trim());
                // the branches: "key {text} key {text}", each text a template again
                String branches = body.substring(body.indexOf("select,") + "select,".length());
                int b = 0;
                while ((b = branches.indexOf('{', b)) >= 0) {
                    int branchEnd = closing(branches, b);
                    names.addAll(placeholders(branches.substring(b + 1, branchEnd)));
                    b = branchEnd + 1;
                }
            }
            i = end + 1;
        }
        return names;
    }

    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            depth += text.charAt(i) == '{' ? 1 : text.charAt(i) == '}' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("Unbalanced braces: " + text);
    }

    @Test
    void placeholders_are_found_inside_selects_and_branch_words_are_not_taken_for_names() {
        assertThat(placeholders("A {kind} post (PPPK {pppk, select, true {included} other {excluded}}{kinds, select,"
                        + " none {} other {, posts {kinds} of {unit}}})"))
                .containsExactly("kind", "kinds", "pppk", "unit");
    }

    @Test
    void every_code_reads_in_both_languages_with_the_same_placeholders() throws Exception {
        List<TextCode> codes = codes();

        assertThat(codes).as("server text codes found on the classpath").hasSizeGreaterThan(40);
        for (TextCode code : codes) {
            assertThat(code.indonesian()).as(code.code()).isNotBlank().isNotEqualTo(code.english());
            // filled with the English template's arguments, the Indonesian one uses each of them (or selects on it)
            // and asks for no other
            Map<String, String> args = new java.util.HashMap<>();
            placeholders(code.english()).forEach(name -> args.put(name, "<" + name + ">"));
            String indonesian = Templates.render(code.indonesian(), args);
            assertThat(indonesian).as(code.code()).doesNotContain("{", "}");
            args.keySet()
                    .forEach(name -> assertThat(indonesian.contains("<" + name + ">")
                                    || code.indonesian().contains("{" + name + ", select"))
                            .as(code.code() + " uses " + name)
                            .isTrue());
        }
    }

    @Test
    void a_select_picks_the_branch_of_the_value_and_falls_back_to_other() {
        String template = "Hukuman {level, select, light {ringan} severe {berat sejak {start}} other {{level}}}.";

        assertThat(Templates.render(template, Map.of("level", "light"))).isEqualTo("Hukuman ringan.");
        assertThat(Templates.render(template, Map.of("level", "severe", "start", "2026-01-02")))
                .isEqualTo("Hukuman berat sejak 2026-01-02.");
        assertThat(Templates.render(template, Map.of("level", "unknown"))).isEqualTo("Hukuman unknown.");
        assertThat(Templates.render("{a} dan {b}", Map.of("a", "1"))).isEqualTo("1 dan {b}");
    }
}
