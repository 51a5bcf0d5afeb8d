package io.medallion.adapters.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.medallion.application.port.out.ReportingView;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DashboardServerTest {

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private final ReportingFixture warehouse = new ReportingFixture();
  private DashboardServer server;

  @BeforeEach
  void start() {
    server = DashboardServer.start(warehouse, 0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void givenRunningServer_eachViewEndpoint_answersTheViewsRows() throws Exception {
    assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
    for (ReportingView view : ReportingView.values()) {
      HttpResponse<String> response = get("api/" + view.viewName());

      assertThat(response.statusCode()).as(view.viewName()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
      assertThat(ComparableRows.fromJson(json.readTree(response.body())))
          .as(view.viewName())
          .isEqualTo(ComparableRows.fromView(warehouse.read(view)));
    }
    assertThat(json.readTree(get("api").body()).size()).isEqualTo(ReportingView.values().length);
  }

  @Test
  void givenAViewChangedByANewRun_endpointAndPage_showItWithoutRestart() throws Exception {
    assertThat(topCountry(get("api/v_top_countries")).get("titles").asInt()).isEqualTo(3);

    warehouse.update(ReportingView.V_TOP_COUNTRIES, "titles", 99L, "rank", 1L);

    assertThat(topCountry(get("api/v_top_countries")).get("titles").asInt()).isEqualTo(99);
    HttpResponse<String> page = get("");
    assertThat(page.statusCode()).isEqualTo(200);
    JsonNode data = DashboardPageTest.embeddedData(page.body());
    assertThat(data.get("views").get("v_top_countries").get(0).get("titles").asInt()).isEqualTo(99);
  }

  @Test
  void givenUnknownPathsAndMethods_server_answers404And405() throws Exception {
    assertThat(get("api/v_nope").statusCode()).isEqualTo(404);
    assertThat(get("favicon.ico").statusCode()).isEqualTo(404);
    HttpResponse<String> post =
        http.send(
            HttpRequest.newBuilder(server.uri().resolve("api/v_titles"))
                .POST(HttpRequest.BodyPublishers.ofString("x"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(405);
  }

  @Test
  void givenAViewMissing_endpoint_answers503NamingItAndServingGoesOn() throws Exception {
    warehouse.drop(ReportingView.V_TOP_CAST);

    HttpResponse<String> missing = get("api/v_top_cast");

    assertThat(missing.statusCode()).isEqualTo(503);
    assertThat(json.readTree(missing.body()).get("error").asText()).contains("v_top_cast");
    assertThat(get("api/v_top_directors").statusCode()).isEqualTo(200);
  }

  private JsonNode topCountry(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).isEqualTo(200);
    return json.readTree(response.body()).get(0);
  }

  private HttpResponse<String> get(String path) throws Exception {
    URI uri = server.uri().resolve(path);
    return http.send(
        HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
