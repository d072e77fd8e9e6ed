package id.meritasn.notification;

import id.meritasn.shared.security.Roles;
import java.util.Map;

/**
 * One thing to tell people of an agency: its kind, who is told, the values its text names (data, never words to
 * translate) and the path of the view that acts on it.
 */
public record Notice(NotificationKind kind, Audience audience, Map<String, String> args, String link) {

    public Notice {
        args = Map.copyOf(args);
        if (!link.startsWith("/")) {
            throw new IllegalArgumentException("A notice links to a path of the UI: " + link);
        }
    }

    /** Who in the agency is told. */
    public sealed interface Audience {

        /** Every holder of the realm role ({@link Roles} constant) who belongs to the agency. */
        static Audience role(String role) {
            return new Role(role);
        }

        /** The agency's member whose account carries this NIP. */
        static Audience employee(String nip) {
            return new Employee(nip);
        }

        /** Every member of the agency whose account is linked to an employee (a NIP). */
        static Audience employees() {
            return new Employees();
        }
    }

    public record Role(String role) implements Audience {}

    public record Employee(String nip) implements Audience {}

    public record Employees() implements Audience {}
}
