/** Where the platform's PostgreSQL comes from: an external server when configured, else an embedded PostgreSQL 17. */
@NullMarked
package id.meritasn.shared.db;

import org.jspecify.annotations.NullMarked;
