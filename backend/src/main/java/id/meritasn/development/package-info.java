/**
 * Development: individual development plans (rencana pengembangan individu) proposed from an employee's box and
 * competency gaps, agreed by their direct superior and followed action by action; completed learning counts towards
 * the 20 hours (JP) a year and becomes evidence for the next period's competency-development indicator.
 */
@NullMarked
package id.meritasn.development;

import org.jspecify.annotations.NullMarked;
