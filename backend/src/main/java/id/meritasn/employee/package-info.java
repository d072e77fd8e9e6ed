/**
 * ASN employee records: national reference data, the organization tree, positions with their competency standards,
 * employees identified by NIP with their histories, an audit trail of every change, and bulk import.
 */
@NullMarked
package id.meritasn.employee;

import org.jspecify.annotations.NullMarked;
