/** The platform's clock, injected so that date rules (NIP, evidence windows) are testable at their boundaries. */
@NullMarked
package id.meritasn.shared.clock;

import org.jspecify.annotations.NullMarked;
