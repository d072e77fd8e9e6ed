package id.meritasn.tenancy;

import java.util.List;

/**
 * Who belongs to an agency in the identity server (its Keycloak organization), for the agency archive: the members'
 * user names go out with the agency and are added back on restore. The accounts themselves (credentials, second
 * factors) stay in the identity server and its own backup. Contributed by the identity feature when the platform
 * manages Keycloak; without it an archive carries no members.
 */
public interface AgencyMembership {

    /** The user names of the agency's members, sorted. */
    List<String> members(String agency);

    /**
     * Makes these users members of the agency again (those already members stay); returns the user names the identity
     * server does not know, which are left out.
     */
    List<String> restore(String agency, List<String> usernames);
}
