package io.medallion.generator;

import java.io.Closeable;
import java.io.IOException;

/** The files of one layout being written, title by title, counting what they hold. */
interface LayoutFiles extends TitleSink, Closeable {

  /** Writes what is left and counts the sample; call it once, before closing. */
  GeneratedSample finish() throws IOException;
}
