/** The browser side: UI security and thin {@code @BrowserCallable} services that delegate to the backend features. */
@NullMarked
package id.meritasn.ui;

import org.jspecify.annotations.NullMarked;
