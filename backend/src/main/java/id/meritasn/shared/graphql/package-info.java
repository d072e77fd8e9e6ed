/** GraphQL limits, error classification and types every feature's schema shares. */
@NullMarked
package id.meritasn.shared.graphql;

import org.jspecify.annotations.NullMarked;
