/** Exceptions that say how the API should classify them. */
@NullMarked
package id.meritasn.shared.error;

import org.jspecify.annotations.NullMarked;
