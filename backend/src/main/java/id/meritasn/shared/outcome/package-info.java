/** What a command came to: one sealed type every feature's services return. */
@NullMarked
package id.meritasn.shared.outcome;

import org.jspecify.annotations.NullMarked;
