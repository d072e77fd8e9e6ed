package id.meritasn.succession;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a succession command did: the value it produced, or the business problems that stopped it (nothing written). */
public record SuccessionResult<T>(@Nullable T value, List<SuccessionProblem> errors) {

    static <T> SuccessionResult<T> of(T value) {
        return new SuccessionResult<>(value, List.of());
    }

    static <T> SuccessionResult<T> refused(SuccessionProblem problem) {
        return new SuccessionResult<>(null, List.of(problem));
    }
}
