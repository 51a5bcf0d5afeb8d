package io.medallion.application.port.in;

/**
 * Drops a title file into the lake's landing folder under a name made from its content, so the same
 * bytes land once however often they are dropped; returns the file's lake path.
 */
public interface LandTitlesUseCase {
  String land(byte[] content);
}
