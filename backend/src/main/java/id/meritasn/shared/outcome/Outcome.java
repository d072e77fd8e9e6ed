package id.meritasn.shared.outcome;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a command came to: {@link Done} with what it made or changed, or {@link Refused} with every business problem
 * that stopped it (and then nothing was written). Expected refusals are data, not exceptions, so a caller cannot
 * forget one: a {@code switch} over the two cases is exhaustive. Each feature keeps its own problem type {@code P}
 * (SuccessionProblem, FieldInvalid, RubricProblem, ...), because the GraphQL schema names those types.
 *
 * <p>Payloads of the form {@code XPayload(@Nullable T value, List<E> errors)} are built in one line with {@link
 * #valueOrNull()} and {@link #problems()}.
 */
public sealed interface Outcome<T, P> permits Outcome.Done, Outcome.Refused {

    record Done<T, P>(T value) implements Outcome<T, P> {}

    /** Never empty: a refusal without a reason could not be shown to anyone. */
    record Refused<T, P>(List<P> problems) implements Outcome<T, P> {
        public Refused {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("A refusal names at least one problem.");
            }
        }
    }

    static <T, P> Outcome<T, P> done(T value) {
        return new Done<>(value);
    }

    static <T, P> Outcome<T, P> refused(P problem) {
        return new Refused<>(List.of(problem));
    }

    static <T, P> Outcome<T, P> refused(List<? extends P> problems) {
        return new Refused<>(List.copyOf(problems));
    }

    /** The value when done, {@code null} when refused: the nullable field of a GraphQL or browser payload. */
    default @Nullable T valueOrNull() {
        return this instanceof Done<T, P> done ? done.value() : null;
    }

    /** The problems when refused, empty when done: the errors list of a payload. */
    default List<P> problems() {
        return List.of(); // Refused overrides this with its component
    }

    default boolean isDone() {
        return this instanceof Done<T, P>;
    }

    default <U> Outcome<U, P> map(Function<? super T, ? extends U> mapper) {
        return switch (this) {
            case Done<T, P> done -> done(mapper.apply(done.value()));
            case Refused<T, P> refused -> new Refused<>(refused.problems());
        };
    }

    /** Translates the problems, e.g. into the GraphQL error types or a browser's messages. */
    default <Q> Outcome<T, Q> mapProblems(Function<? super P, ? extends Q> mapper) {
        return switch (this) {
            case Done<T, P> done -> done(done.value());
            case Refused<T, P> refused ->
                new Refused<>(refused.problems().stream().<Q>map(mapper).toList());
        };
    }

    /** Continues with a second step only when the first was done; a refusal passes through unchanged. */
    default <U> Outcome<U, P> flatMap(Function<? super T, Outcome<U, P>> next) {
        return switch (this) {
            case Done<T, P> done -> next.apply(done.value());
            case Refused<T, P> refused -> new Refused<>(refused.problems());
        };
    }

    /** The value, for callers to whom a refusal is a bug (tests, benchmarks): the exception names the problems. */
    default T orElseThrow() {
        return orElseThrow(problems -> new IllegalStateException("Refused: " + problems));
    }

    /**
     * The value, for callers to whom a refusal is a bug (demo seeders, set-ups): the exception carries the problems.
     */
    default T orElseThrow(Function<List<P>, ? extends RuntimeException> failure) {
        return switch (this) {
            case Done<T, P> done -> done.value();
            case Refused<T, P> refused -> throw failure.apply(refused.problems());
        };
    }
}
