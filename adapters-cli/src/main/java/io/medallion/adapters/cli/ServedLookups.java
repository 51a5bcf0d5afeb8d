package io.medallion.adapters.cli;

import io.medallion.application.run.LookupSource;
import java.util.List;

/**
 * A folder's four lookup files served over HTTP on 127.0.0.1 until closed: the demo's stand-in for
 * the tutorial's source.
 */
public interface ServedLookups extends AutoCloseable {

  /** The four lookup sources, addressed on the server. */
  List<LookupSource> sources();

  @Override
  void close();
}
