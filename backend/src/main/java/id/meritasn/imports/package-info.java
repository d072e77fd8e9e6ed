/**
 * Bulk files processed in the background, for any feature that loads rows (employees, assessment inputs): the file
 * checked as a whole on submission, a job per file stored in the agency's schema with its progress and refused rows,
 * chunked processing by the feature's {@link id.meritasn.imports.ImportTarget}, resumption after a restart, and the
 * error report. The jobs' tables stay in the employee feature's changesets, where they were first created.
 */
@NullMarked
package id.meritasn.imports;

import org.jspecify.annotations.NullMarked;
