package id.meritasn.shared.db;

import org.jspecify.annotations.Nullable;

/**
 * One extra PostgreSQL server for agencies: {@code meritasn.shards.<name>.url}, {@code .username}, {@code .password},
 * {@code .pool-size}. The default shard ({@link Shards#DEFAULT}) is the main datasource and is not configured here.
 */
public record ShardSettings(
        @Nullable String url,
        @Nullable String username,
        @Nullable String password,
        @Nullable Integer poolSize) {}
