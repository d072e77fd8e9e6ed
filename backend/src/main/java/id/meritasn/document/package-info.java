/**
 * The agency's paperwork: PDF documents rendered from HTML templates a non-programmer can adjust, XLSX exports
 * streamed row by row, each issued with a verification code, downloaded through a short-lived link and checked on a
 * public page. The features own their documents ({@link id.meritasn.document.DocumentSource},
 * {@link id.meritasn.document.ExportSource}) and their templates; this package renders, records and verifies.
 */
@NullMarked
package id.meritasn.document;

import org.jspecify.annotations.NullMarked;
