/**
 * The talent assessment engine: SKP predikat (PermenPANRB 6/2022), job-person match, the rubric of the six aspects,
 * the score function with its explanation, and the nine-box talent map (PermenPANRB 3/2020). Pure functions first:
 * periods, persistence, calibration and the API build on them.
 */
@NullMarked
package id.meritasn.assessment;

import org.jspecify.annotations.NullMarked;
