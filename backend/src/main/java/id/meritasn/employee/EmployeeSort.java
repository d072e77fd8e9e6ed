package id.meritasn.employee;

/** Sort order of the employee list; NIP breaks ties so the keyset cursor is unique. */
public record EmployeeSort(Field field, boolean descending) {

    public enum Field {
        NAME,
        NIP,
        GOLONGAN
    }

    public static EmployeeSort byName() {
        return new EmployeeSort(Field.NAME, false);
    }
}
