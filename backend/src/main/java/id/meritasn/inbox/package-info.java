/**
 * The inbox: what waits for the signed-in person in their agency (inputs to validate, colleagues to rate, moves to
 * agree, slates to decide, requests to answer), gathered for the home page and the navigation's badge. The features
 * own their tasks ({@link id.meritasn.inbox.TaskSource}) and read them with the person's own rights; this package
 * gathers, orders and serves them.
 */
@NullMarked
package id.meritasn.inbox;

import org.jspecify.annotations.NullMarked;
