/**
 * Succession: target positions and the vacancy forecast, the talent pool with eligibility per target position, career
 * roadmaps, the talent committee's sessions and slates, the PPK's decision, the public announcement with objections,
 * the appointment, bench strength, and a hash-chained record of every committee and PPK action.
 */
@NullMarked
package id.meritasn.succession;

import org.jspecify.annotations.NullMarked;
