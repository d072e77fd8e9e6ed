package id.meritasn.shared.graphql;

/**
 * The GraphQL context key under which the identity feature puts the request's client address (the remote address
 * as the servlet container sees it), for features that limit anonymous use per client, such as public objections.
 */
public final class ClientAddress {

    public static final String CONTEXT_KEY = "clientAddress";

    private ClientAddress() {}
}
