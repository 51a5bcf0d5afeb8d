package io.medallion.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub workflows: accepted by a real linter (action-validator, from npm), CI running exactly
 * the README's test command, deploy signing in without a stored credential and gating prod.
 */
class WorkflowsTest {

  private static final Path ROOT = Cli.projectRoot();
  private static final Path WORKFLOWS = ROOT.resolve(".github/workflows");
  private static final Path VALIDATOR =
      ROOT.resolve(".ci/action-validator/node_modules/.bin/action-validator");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @Test
  void givenEachWorkflow_actionValidator_acceptsIt() throws Exception {
    assumeValidatorInstalled();
    // action-validator's CLI lints workflows and actions only, not .github/dependabot.yml.
    try (Stream<Path> files = Files.list(WORKFLOWS)) {
      List<Path> workflows = files.filter(f -> f.toString().endsWith(".yml")).sorted().toList();
      assertThat(workflows).extracting(f -> f.getFileName().toString()).contains("ci.yml");
      for (Path workflow : workflows) {
        assertThat(validate(workflow)).as(workflow.toString()).startsWith("exit 0");
      }
    }
  }

  @Test
  void givenAJobWithoutRunsOn_actionValidator_rejectsIt(@TempDir Path dir) throws Exception {
    assumeValidatorInstalled();
    Path bad =
        Files.writeString(
            dir.resolve("bad.yml"), "on: push\njobs:\n  a:\n    steps:\n      - run: echo hi\n");

    assertThat(validate(bad)).startsWith("exit 1").contains("/jobs/a/runs-on");
  }

  @Test
  void ciWorkflow_runsExactlyTheReadmesTestCommand() throws IOException {
    List<String> testSteps =
        runs(workflow("ci.yml")).stream()
            .filter(r -> r.matches("(?s).*(mvnw|\\bmvn |\\.ci/run).*") && !r.contains("skipTests"))
            .toList();

    assertThat(testSteps).containsExactly(readmeTestCommand());
  }

  @Test
  void deployWorkflow_federatesWithAzureAndGatesProdBehindDev() throws IOException {
    JsonNode jobs = workflow("deploy.yml").path("jobs");

    assertThat(jobs.fieldNames()).toIterable().contains("build", "dev", "prod");
    assertThat(names(jobs.path("prod").path("needs"))).contains("dev");
    for (String target : List.of("dev", "prod")) {
      JsonNode job = jobs.path(target);
      assertThat(job.path("environment").asText()).isEqualTo(target);
      assertThat(job.path("permissions").path("id-token").asText()).isEqualTo("write");
      assertThat(String.join("\n", runs(job)))
          .contains("databricks bundle validate -t " + target)
          .contains("databricks bundle deploy -t " + target);
      assertThat(job.findValuesAsText("client-id"))
          .isNotEmpty()
          .allMatch(v -> v.startsWith("${{ secrets."));
      assertThat(job.findValuesAsText("tenant-id"))
          .isNotEmpty()
          .allMatch(v -> v.startsWith("${{ secrets."));
    }
  }

  @Test
  void workflows_holdNoLiteralThatLooksLikeACredential() throws IOException {
    try (Stream<Path> files = Files.list(WORKFLOWS)) {
      for (Path workflow : files.toList()) {
        assertThat(Files.readString(workflow))
            .as(workflow.toString())
            .doesNotContainIgnoringCase("client_secret")
            .doesNotContain("AccountKey=")
            .doesNotContainPattern("dapi[0-9a-f]{8,}");
      }
    }
  }

  @Test
  void dependabot_watchesMavenEveryNpmToolAndTheActions() throws IOException {
    List<String> updates = new ArrayList<>();
    for (JsonNode update :
        YAML.readTree(ROOT.resolve(".github/dependabot.yml").toFile()).path("updates")) {
      updates.add(
          update.path("package-ecosystem").asText() + " " + update.path("directory").asText());
    }
    List<String> expected = new ArrayList<>(List.of("maven /", "github-actions /"));
    try (Stream<Path> tools = Files.list(ROOT.resolve(".ci"))) {
      tools
          .filter(t -> Files.exists(t.resolve("package.json")))
          .forEach(t -> expected.add("npm /.ci/" + t.getFileName()));
    }

    assertThat(updates).containsExactlyInAnyOrderElementsOf(expected);
  }

  private static void assumeValidatorInstalled() {
    assumeTrue(
        Files.isExecutable(VALIDATOR),
        "needs action-validator: npm ci --prefix .ci/action-validator (as .ci/run does)");
  }

  /** The validator's exit code and output, as {@code "exit <code>\n<output>"}. */
  private static String validate(Path file) throws IOException, InterruptedException {
    Process validator =
        new ProcessBuilder(VALIDATOR.toString(), file.toString()).redirectErrorStream(true).start();
    String output = new String(validator.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(validator.waitFor(1, TimeUnit.MINUTES)).isTrue();
    return "exit " + validator.exitValue() + "\n" + output;
  }

  /** The second line of the README's "Two commands" block: the test command. */
  private static String readmeTestCommand() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    String block = readme.substring(readme.indexOf("```bash", readme.indexOf("## Two commands")));
    return block.lines().skip(2).findFirst().orElseThrow().strip();
  }

  private static JsonNode workflow(String name) throws IOException {
    return YAML.readTree(WORKFLOWS.resolve(name).toFile());
  }

  /** Every step's {@code run} under {@code node} (a workflow or one job), in order. */
  private static List<String> runs(JsonNode node) {
    List<String> runs = new ArrayList<>();
    for (JsonNode step : node.findValues("steps")) {
      step.forEach(s -> runs.add(s.path("run").asText("").strip()));
    }
    runs.removeIf(String::isEmpty);
    return runs;
  }

  /** A {@code needs}: one job's name or a list of them. */
  private static List<String> names(JsonNode needs) {
    List<String> names = new ArrayList<>();
    if (needs.isArray()) {
      needs.forEach(n -> names.add(n.asText()));
    } else {
      names.add(needs.asText());
    }
    return names;
  }
}
