/**
 * Cross-agency mobility: employees' consent and aspirations, the agency outbox and the indexer that keeps the national
 * talent index (schema {@code platform}) current, search over that index, and mobility requests with the transfer of
 * an employee between two agencies. Depends on tenancy, employee and assessment; nothing depends on it.
 */
@NullMarked
package id.meritasn.mobility;

import org.jspecify.annotations.NullMarked;
