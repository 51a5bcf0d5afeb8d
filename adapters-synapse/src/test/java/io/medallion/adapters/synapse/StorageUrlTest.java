package io.medallion.adapters.synapse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class StorageUrlTest {

  private static final String FILE =
      "abfss://lake@acct01.dfs.core.windows.net/gold/dim_title/part-0.snappy.parquet";

  @Test
  void givenAbfssFile_parseFile_writesTheBlobAndDfsAddresses() {
    StorageUrl url = StorageUrl.parseFile(URI.create(FILE));

    assertThat(url.blob())
        .isEqualTo(
            "https://acct01.blob.core.windows.net/lake/gold/dim_title/part-0.snappy.parquet");
    assertThat(url.dfs())
        .isEqualTo("https://acct01.dfs.core.windows.net/lake/gold/dim_title/part-0.snappy.parquet");
  }

  @Test
  void givenFolderWithoutSlash_parseFolder_endsItWithOne() {
    assertThat(
            StorageUrl.parseFolder(URI.create("abfss://gold@acct01.dfs.core.windows.net/x")).dfs())
        .isEqualTo("https://acct01.dfs.core.windows.net/gold/x/");
  }

  @Test
  void givenUnsafeAddresses_parseFile_refusesThem() {
    for (String bad :
        new String[] {
          "https://acct01.blob.core.windows.net/lake/a.parquet",
          "file:///tmp/a.parquet",
          "abfss://lake@acct01.dfs.core.windows.net/gold/*.parquet",
          "abfss://lake@acct01.dfs.core.windows.net/gold/dim_title/",
          "abfss://lake@acct01.dfs.core.windows.net/gold/../secret/a.parquet",
          "abfss://lake@acct01.dfs.core.windows.net/gold/o'brien.parquet",
          "abfss://lake@acct01.dfs.core.windows.net/gold/a;b.parquet",
          "abfss://lake@evil.example.com/gold/a.parquet",
          "abfss://lake@acct01.dfs.core.windows.net/gold/a.parquet#frag"
        }) {
      assertThatThrownBy(() -> StorageUrl.parseFile(URI.create(bad)))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void givenAddressWithSasToken_parseFile_refusesWithoutShowingTheToken() {
    URI withSas = URI.create(FILE + "?sv=2024&sig=TOPSECRET");

    assertThatThrownBy(() -> StorageUrl.parseFile(withSas))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("TOPSECRET");
  }

  @Test
  void givenText_literal_quotesAndDoublesQuotes() {
    assertThat(StorageUrl.literal("o'brien")).isEqualTo("'o''brien'");
  }
}
