package id.meritasn.imports;

import java.util.Objects;

/** Why a whole file was refused before any row was read; GraphQL type ImportFileInvalid carries the rule. */
public class ImportFileProblem extends Exception {

    public enum Rule {
        EMPTY,
        TOO_LARGE,
        TOO_MANY_ROWS,
        WRONG_KIND,
        ENCODING,
        MISSING_COLUMN,
        UNREADABLE
    }

    private final Rule rule;

    ImportFileProblem(Rule rule, String message) {
        super(message);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }

    /** Built with a message, so never null. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage());
    }
}
