package id.meritasn.inbox;

import id.meritasn.shared.text.Text;

/**
 * Something waiting for a person: what it is ({@code kind}, stable for integrators), what it says in both languages,
 * how many of it wait, and the view that acts on it ({@code link}, a path of the UI).
 */
public record Task(String kind, Text text, int count, String link) {

    public Task {
        if (count < 1) {
            throw new IllegalArgumentException("A task waits for something: count " + count + " of " + kind);
        }
    }
}
