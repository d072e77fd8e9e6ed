/** Server texts as codes with arguments, shown in each user's language. */
@NullMarked
package id.meritasn.shared.text;

import org.jspecify.annotations.NullMarked;
