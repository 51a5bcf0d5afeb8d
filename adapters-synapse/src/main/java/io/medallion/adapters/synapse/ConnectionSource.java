package io.medallion.adapters.synapse;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens a new connection to the warehouse for each call; the caller closes it. */
interface ConnectionSource {
  Connection open() throws SQLException;
}
