package id.meritasn.support;

import java.util.List;
import java.util.Map;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Reads a caller's inbox through GraphQL, as the home page and integrators do. */
public final class Inboxes {

    public static final String INBOX =
            "{ inbox { total unavailable tasks { kind count link text { code english" + " indonesian } } } }";

    private Inboxes() {}

    /** The caller's tasks, each as GraphQL returns it (kind, count, link, text). */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> tasks(GraphQlTester who) {
        return who
                .document(INBOX)
                .execute()
                .path("inbox.unavailable")
                .entityList(String.class)
                .hasSize(0)
                .path("inbox.tasks")
                .entityList(Map.class)
                .get()
                .stream()
                .map(m -> (Map<String, Object>) m)
                .toList();
    }

    /** How many of this kind wait for the caller, 0 when the inbox has none. */
    public static int waiting(GraphQlTester who, String kind) {
        return tasks(who).stream()
                .filter(t -> t.get("kind").equals(kind))
                .mapToInt(t -> (Integer) t.get("count"))
                .sum();
    }

    /** The task of this kind (it must be there). */
    public static Map<String, Object> task(GraphQlTester who, String kind) {
        return tasks(who).stream()
                .filter(t -> t.get("kind").equals(kind))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + kind + " in the inbox: " + tasks(who)));
    }
}
