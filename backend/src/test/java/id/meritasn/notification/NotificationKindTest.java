package id.meritasn.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every kind's subject and label read in both languages and ask only for what its body is given. */
class NotificationKindTest {

    static Set<String> placeholders(String template) {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void subjects_use_only_the_bodys_arguments_and_differ_by_language() {
        for (NotificationKind kind : NotificationKind.values()) {
            Set<String> given = new TreeSet<>(placeholders(kind.english()));
            given.add("agencyName"); // the composer always adds it
            for (String language : new String[] {"id", "en"}) {
                assertThat(given)
                        .as(kind + " subject in " + language)
                        .containsAll(placeholders(kind.subjectTemplate(language)));
            }
            Map<String, String> args = new HashMap<>();
            given.forEach(name -> args.put(name, "<" + name + ">"));
            assertThat(kind.subject("id", args))
                    .as(kind.name())
                    .doesNotContain("{")
                    .isNotEqualTo(kind.subject("en", args));
            assertThat(kind.label("id")).as(kind.name()).isNotBlank().isNotEqualTo(kind.label("en"));
        }
    }
}
