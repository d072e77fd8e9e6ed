package id.meritasn.shared.db;

import java.sql.Connection;
import java.sql.SQLException;
import org.springframework.jdbc.datasource.AbstractDataSource;

/** Fetches each physical connection from the pool of the shard the current transaction is routed to. */
final class ShardRoutingDataSource extends AbstractDataSource {

    private final Shards shards;

    ShardRoutingDataSource(Shards shards) {
        this.shards = shards;
    }

    Shards shards() {
        return shards;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return shards.dataSource(ShardRouting.connecting()).getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return shards.dataSource(ShardRouting.connecting()).getConnection(username, password);
    }

    /** Pool metrics and health look through to the default shard's pool. */
    @Override
    @SuppressWarnings("unchecked")
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return (T) this;
        }
        return shards.defaultDataSource().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || shards.defaultDataSource().isWrapperFor(iface);
    }
}
