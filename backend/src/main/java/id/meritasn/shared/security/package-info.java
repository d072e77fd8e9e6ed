/** Security helpers every feature may use; the identity feature owns tokens, roles and login. */
@NullMarked
package id.meritasn.shared.security;

import org.jspecify.annotations.NullMarked;
