package id.meritasn.shared.graphql;

/** GraphQL type {@code FieldInvalid}: an input field broke a rule. */
public record FieldInvalid(String message, String field) {}
