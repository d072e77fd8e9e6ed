package id.meritasn.shared.security;

/**
 * Who may call a service method, as the {@code @PreAuthorize} expressions say it, in one place: a member of the
 * agency the method's {@code agency} parameter names ({@link #MEMBER}, checked by the identity feature's
 * {@code tenantAccess} bean) holding one of the roles of the operation. {@code identity/RoleMatrixIT} calls every
 * operation with every role against these.
 */
public final class Access {

    /** A member of the agency named by the method's {@code agency} parameter, whatever their role. */
    public static final String MEMBER = "@tenantAccess.isMember(#agency)";

    /** Role checks without the membership, for methods whose agency parameter has another name. */
    public static final String IS_TENANT_ADMIN = "hasRole('" + Roles.TENANT_ADMIN + "')";

    public static final String IS_AGENCY_ROLE = "hasAnyRole('" + Roles.TENANT_ADMIN + "', '" + Roles.ASSESSOR + "', '"
            + Roles.TALENT_COMMITTEE + "', '" + Roles.PPK + "', '" + Roles.EMPLOYEE + "', '"
            + Roles.DATA_PROTECTION_OFFICER + "', '" + Roles.AGENCY_INTEGRATION + "')";
    /** A person with a role in an agency (not a machine client): whoever may receive the agency's notifications. */
    public static final String IS_PERSON = "hasAnyRole('" + Roles.TENANT_ADMIN + "', '" + Roles.ASSESSOR + "', '"
            + Roles.TALENT_COMMITTEE + "', '" + Roles.PPK + "', '" + Roles.EMPLOYEE + "', '"
            + Roles.DATA_PROTECTION_OFFICER + "')";

    public static final String IS_NATIONAL_OVERSIGHT = "hasRole('" + Roles.NATIONAL_OVERSIGHT + "')";

    public static final String TENANT_ADMIN = MEMBER + " and " + IS_TENANT_ADMIN;
    public static final String COMMITTEE = MEMBER + " and hasRole('" + Roles.TALENT_COMMITTEE + "')";
    public static final String PPK = MEMBER + " and hasRole('" + Roles.PPK + "')";
    public static final String EMPLOYEE = MEMBER + " and hasRole('" + Roles.EMPLOYEE + "')";

    /** Who enters data: assessment inputs, import files of inputs. */
    public static final String DATA_ENTRY =
            MEMBER + " and hasAnyRole('" + Roles.TENANT_ADMIN + "', '" + Roles.ASSESSOR + "')";
    /** Who reads the agency's periods, maps and completeness. */
    public static final String MAP_READERS = MEMBER + " and hasAnyRole('" + Roles.TENANT_ADMIN + "', '" + Roles.ASSESSOR
            + "', '" + Roles.TALENT_COMMITTEE + "', '" + Roles.PPK + "')";
    /** People of the agency, whatever their role (not machine clients): 360 raters, tier holders, unit heads. */
    public static final String PEOPLE = MEMBER + " and hasAnyRole('" + Roles.TENANT_ADMIN + "', '" + Roles.ASSESSOR
            + "', '" + Roles.TALENT_COMMITTEE + "', '" + Roles.PPK + "', '" + Roles.EMPLOYEE + "')";
    /** Who reads succession planning, cases, sessions, the ledger, mobility requests of the agency. */
    public static final String SUCCESSION_READERS = MEMBER + " and hasAnyRole('" + Roles.TENANT_ADMIN + "', '"
            + Roles.TALENT_COMMITTEE + "', '" + Roles.PPK + "')";
    /** Tenant admins or the talent committee: calibration steps, announcing, asking another agency for someone. */
    public static final String ADMIN_OR_COMMITTEE =
            MEMBER + " and hasAnyRole('" + Roles.TENANT_ADMIN + "', '" + Roles.TALENT_COMMITTEE + "')";

    public static final String ADMIN_OR_PPK =
            MEMBER + " and hasAnyRole('" + Roles.TENANT_ADMIN + "', '" + Roles.PPK + "')";
    /** Who reads employee records: the agency's operators and its integration clients. */
    public static final String RECORD_READERS = MEMBER + " and hasAnyRole('" + Roles.TENANT_ADMIN + "', '"
            + Roles.ASSESSOR + "', '" + Roles.TALENT_COMMITTEE + "', '" + Roles.PPK + "', '"
            + Roles.AGENCY_INTEGRATION + "')";
    /** Who reads the organisation (units, positions): everyone of the agency but the data-protection officer. */
    public static final String ORGANIZATION_READERS = MEMBER + " and hasAnyRole('" + Roles.TENANT_ADMIN + "', '"
            + Roles.ASSESSOR + "', '" + Roles.TALENT_COMMITTEE + "', '" + Roles.PPK + "', '" + Roles.EMPLOYEE + "', '"
            + Roles.AGENCY_INTEGRATION + "')";
    /** Who submits verified community input: tenant admins and the agency's service application. */
    public static final String COMMUNITY_SUBMITTERS =
            MEMBER + " and hasAnyRole('" + Roles.TENANT_ADMIN + "', '" + Roles.AGENCY_INTEGRATION + "')";

    private Access() {}
}
