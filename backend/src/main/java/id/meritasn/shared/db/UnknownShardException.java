package id.meritasn.shared.db;

import id.meritasn.shared.error.ClassifiedException;
import java.util.Collection;

/** A shard name that no {@code meritasn.shards.<name>.url} configures (and that is not the default shard). */
public class UnknownShardException extends ClassifiedException {

    public UnknownShardException(String shard, Collection<String> known) {
        super(
                Kind.BAD_REQUEST,
                "No database shard '" + shard + "' is configured (known: " + String.join(", ", known)
                        + "; add meritasn.shards." + shard + ".url to configure it).");
    }
}
