package id.meritasn.shared.security;

/**
 * Role names as Spring authorities ({@code ROLE_} + name). Keycloak realm roles use the lowercase, hyphenated form
 * (for example {@code tenant-admin}); the identity feature maps one onto the other.
 */
public final class Roles {

    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";
    public static final String NATIONAL_OVERSIGHT = "NATIONAL_OVERSIGHT";
    public static final String TENANT_ADMIN = "TENANT_ADMIN";
    public static final String ASSESSOR = "ASSESSOR";
    public static final String TALENT_COMMITTEE = "TALENT_COMMITTEE";
    public static final String PPK = "PPK";
    public static final String EMPLOYEE = "EMPLOYEE";
    /** Reads the record of who read whose personal data in the agency (UU 27/2022); reads no records itself. */
    public static final String DATA_PROTECTION_OFFICER = "DATA_PROTECTION_OFFICER";
    /** A government system acting for one agency (client credentials): reads records, submits community input. */
    public static final String AGENCY_INTEGRATION = "AGENCY_INTEGRATION";

    private Roles() {}
}
