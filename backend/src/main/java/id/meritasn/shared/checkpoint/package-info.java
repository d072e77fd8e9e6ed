/**
 * The points between two commits of a long or two-sided write, and the background passes that can be held: where a
 * crash or an outage must repeat work, never drop it. The platform passes through them; the fault tests inject their
 * own {@link id.meritasn.shared.checkpoint.Checkpoints} to fail or hold at one.
 */
@NullMarked
package id.meritasn.shared.checkpoint;

import org.jspecify.annotations.NullMarked;
