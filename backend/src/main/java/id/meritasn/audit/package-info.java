/** Append-only audit of platform actions; later also of tenant data changes and committee decisions. */
@NullMarked
package id.meritasn.audit;

import org.jspecify.annotations.NullMarked;
