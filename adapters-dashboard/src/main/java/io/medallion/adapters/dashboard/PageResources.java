package io.medallion.adapters.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The page's parts on the class path: template, styles, script, and the Chart.js bundle. */
final class PageResources {

  private PageResources() {}

  static PageTemplate template() {
    return new PageTemplate(text("dashboard.html"));
  }

  static String text(String name) {
    return read(PageResources.class.getResourceAsStream(name), name);
  }

  /** The webjar's minified bundle, without its source map comment (nothing is to be fetched). */
  static String chartJs() {
    Properties properties = new Properties();
    try (InputStream in = PageResources.class.getResourceAsStream("chartjs.properties")) {
      properties.load(in);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("chartjs.properties is missing from the class path", e);
    }
    String path = properties.getProperty("bundle");
    String bundle = read(PageResources.class.getClassLoader().getResourceAsStream(path), path);
    if (bundle.toLowerCase(java.util.Locale.ROOT).contains("</script")) {
      // It would end the script block early; a new Chart.js version must be looked at first.
      throw new IllegalStateException(path + " holds </script and cannot be inlined");
    }
    return bundle.replaceAll("//# sourceMappingURL=\\S*", "");
  }

  private static String read(InputStream in, String name) {
    if (in == null) {
      throw new IllegalStateException(name + " is missing from the class path");
    }
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
