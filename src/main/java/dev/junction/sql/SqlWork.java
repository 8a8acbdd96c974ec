package dev.junction.sql;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work done on one connection inside one transaction.
 *
 * @param <T> the result
 * @param <X> a checked exception the work may throw besides SQLException (e.g. over quota);
 *            it rolls the transaction back and reaches the caller unchanged
 */
@FunctionalInterface
public interface SqlWork<T, X extends Exception> {

    T run(Connection connection) throws SQLException, X;
}
