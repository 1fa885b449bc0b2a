package dev.isolint.core.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.isolint.core.api.Configuration;
import dev.isolint.core.api.Configuration.Key;
import dev.isolint.core.api.Configuration.Origin;
import dev.isolint.core.api.ConfigurationException;
import dev.isolint.core.internal.scan.NearestFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code .isolint.yml} (SPEC §14): every key with its line, paths relative to the file, errors with file:line:key. */
class ConfigurationReaderTest {

    @TempDir
    Path tmp;

    private Configuration read(String text) throws IOException, ConfigurationException {
        Path f = tmp.resolve("conf/.isolint.yml");
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return ConfigurationReader.read(f);
    }

    private ConfigurationException error(String text) throws IOException {
        try {
            read(text);
        } catch (ConfigurationException e) {
            assertThat(e.file()).isEqualTo(tmp.resolve("conf/.isolint.yml"));
            return e;
        }
        throw new AssertionError("no error for: " + text);
    }

    @Test
    void readsEveryKeyWithItsLineAndResolvesPathsAgainstTheFilesDirectory() throws Exception {
        Configuration c = read("""
                format: [text, sarif=out/r.sarif]
                output: report.txt
                unknown: warn
                rules: ISO001
                skip-rules: []
                exclude: ["**/x", y]
                parameters:
                  Environment: prod
                  Count: 3
                parameters-files: [p.json]
                vars: {isolate: true}
                var-files: ../prod.tfvars
                workspace: staging
                ignore-file: accepted.yml
                base-path: ..
                soft-fail: true
                strict: false
                limits:
                  depth: 100
                """);
        Path dir = tmp.resolve("conf");
        assertThat(c.file()).isEqualTo(dir.resolve(".isolint.yml"));
        assertThat(c.list(Key.FORMAT)).containsExactly("text", "sarif=" + dir.resolve("out/r.sarif"));
        assertThat(c.path(Key.OUTPUT)).isEqualTo(dir.resolve("report.txt"));
        assertThat(c.string(Key.UNKNOWN)).isEqualTo("warn");
        assertThat(c.list(Key.RULES)).containsExactly("ISO001");
        assertThat(c.has(Key.SKIP_RULES)).isTrue();
        assertThat(c.list(Key.SKIP_RULES)).isEmpty();
        assertThat(c.list(Key.EXCLUDE)).containsExactly("**/x", "y");
        assertThat(c.map(Key.PARAMETERS)).containsExactly(Map.entry("Environment", "prod"), Map.entry("Count", "3"));
        assertThat(c.entries(Key.PARAMETERS).get("Count").source().line()).isEqualTo(9);
        assertThat(c.paths(Key.PARAMETERS_FILES)).containsExactly(dir.resolve("p.json"));
        assertThat(c.map(Key.VARS)).containsExactly(Map.entry("isolate", "true"));
        assertThat(c.paths(Key.VAR_FILES)).containsExactly(tmp.resolve("prod.tfvars"));
        assertThat(c.string(Key.WORKSPACE)).isEqualTo("staging");
        assertThat(c.path(Key.IGNORE_FILE)).isEqualTo(dir.resolve("accepted.yml"));
        assertThat(c.path(Key.BASE_PATH)).isEqualTo(tmp);
        assertThat(c.flag(Key.SOFT_FAIL)).isTrue();
        assertThat(c.flag(Key.STRICT)).isFalse();
        assertThat(c.map(Key.LIMITS)).containsExactly(Map.entry("depth", "100"));
        assertThat(c.source(Key.UNKNOWN)).isEqualTo(Configuration.Source.file(c.file(), 3));
        assertThat(c.source(Key.LIMITS).line()).isEqualTo(18);
        assertThat(c.keys()).hasSize(Key.values().length);
    }

    @Test
    void anEmptyFileSetsNothing() throws Exception {
        assertThat(read("").keys()).isEmpty();
        assertThat(read("# only a comment\n").keys()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "formt: json|1|unknown key 'formt' (did you mean 'format'?)",
        "unknown: warn\\nskip_rules: [ISO001]|2|unknown key 'skip_rules' (did you mean 'skip-rules'?)",
        "varfiles: [a]|1|unknown key 'varfiles' (did you mean 'var-files'?)",
        "baseline: x|1|unknown key 'baseline' (did you mean 'base-path'?)",
        "soft-fail: yes please|1|key 'soft-fail': expected true or false, got a string",
        "strict: 1|1|key 'strict': expected true or false, got a number",
        "vars: [a]|1|key 'vars': expected a mapping of names to values, got a list",
        "vars:\\n  a: [1]|2|key 'vars': expected a mapping of names to single values, got a list",
        "rules: {ISO001: true}|1|key 'rules': expected a string or a list of strings, got a mapping",
        "output:|1|key 'output': expected a path, got no value",
        "unknown: maybe|1|key 'unknown': expected fail or warn, got 'maybe'",
        "format: [text, xml]|1|key 'format': unknown format 'xml' (expected one of: ",
        "skip-rules: [ISO001, ISO999]|1|key 'skip-rules': unknown rule 'ISO999' (valid rules: ISO001",
        "limits:\\n  depth: 5\\n  dept: 5|3|key 'limits': unknown limit 'dept'",
        "strict: true\\nstrict: false|2|key 'strict' is given twice",
        "- format|1|the configuration must be a mapping of keys",
        "format: [text|1|not valid YAML",
    })
    void aWrongKeyOrTypeNamesTheLineAndTheKey(String text, int line, String message) throws IOException {
        ConfigurationException e = error(text.replace("\\n", "\n"));
        assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
        assertThat(e.reason()).startsWith(message);
        assertThat(e.getMessage()).startsWith(tmp.resolve("conf/.isolint.yml") + ":" + line + ": ");
    }

    @Test
    void theUpperLayerWinsKeyByKeyListsReplaceAndMapsMergeByName() throws Exception {
        Configuration file = read("exclude: [a, b]\nunknown: warn\nvars: {x: '1', y: '2'}\n");
        Configuration cli = Configuration.builder(Configuration.Source.COMMAND_LINE).list(Key.EXCLUDE, List.of("c"))
                .entry(Key.VARS, "y", "3").list(Key.RULES, List.of()).build();
        Configuration effective = cli.over(file);
        assertThat(effective.list(Key.EXCLUDE)).containsExactly("c");
        assertThat(effective.source(Key.EXCLUDE).kind()).isEqualTo(Origin.COMMAND_LINE);
        assertThat(effective.string(Key.UNKNOWN)).isEqualTo("warn");
        assertThat(effective.source(Key.UNKNOWN).kind()).isEqualTo(Origin.FILE);
        assertThat(effective.map(Key.VARS)).containsExactly(Map.entry("x", "1"), Map.entry("y", "3"));
        assertThat(effective.entries(Key.VARS).get("x").source().kind()).isEqualTo(Origin.FILE);
        assertThat(effective.entries(Key.VARS).get("y").source().kind()).isEqualTo(Origin.COMMAND_LINE);
        assertThat(effective.has(Key.RULES)).as("an empty list on the command line is not given").isFalse();
        assertThat(effective.file()).isEqualTo(file.file());
    }

    @Test
    void theNearestFileIsFoundUpToTheRepositoryRootAndNoFurther() throws IOException {
        Path outer = tmp.resolve("outer");
        Path repo = outer.resolve("repo");
        Path sub = repo.resolve("a/b");
        Files.createDirectories(sub);
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(outer.resolve(".isolint.yml"), "strict: true\n");
        assertThat(NearestFile.find(sub, ".isolint.yml")).as("beyond the repository root").isNull();
        Files.writeString(repo.resolve(".isolint.yml"), "");
        assertThat(NearestFile.find(sub, ".isolint.yml")).isEqualTo(repo.resolve(".isolint.yml"));
        Files.writeString(repo.resolve("a/.isolint.yml"), "");
        assertThat(NearestFile.find(sub, ".isolint.yml")).isEqualTo(repo.resolve("a/.isolint.yml"));
        Files.writeString(sub.resolve(".isolint.yml"), "");
        assertThat(NearestFile.find(sub, ".isolint.yml")).isEqualTo(sub.resolve(".isolint.yml"));
        // A worktree's .git is a file.
        Path worktree = tmp.resolve("wt/x");
        Files.createDirectories(worktree);
        Files.writeString(tmp.resolve("wt/.git"), "gitdir: elsewhere\n");
        Files.writeString(tmp.resolve("wt/.isolint.yml"), "");
        assertThat(NearestFile.find(worktree, ".isolint.yml")).isEqualTo(tmp.resolve("wt/.isolint.yml"));
    }

    @Test
    void outsideARepositoryOnlyTheStartDirectoryCounts() throws IOException {
        Path sub = tmp.resolve("plain/sub");
        Files.createDirectories(sub);
        Files.writeString(tmp.resolve("plain/.isolint.yml"), "");
        assertThat(NearestFile.find(sub, ".isolint.yml")).isNull();
        assertThat(NearestFile.find(tmp.resolve("plain"), ".isolint.yml")).isEqualTo(tmp.resolve("plain/.isolint.yml"));
    }

    @Test
    void anExplicitFileIsReadAndAMissingOneIsAnError() throws Exception {
        Files.writeString(tmp.resolve("mine.yml"), "strict: true\n");
        assertThat(ConfigurationFiles.load(tmp, Path.of("mine.yml")).flag(Key.STRICT)).isTrue();
        assertThatThrownBy(() -> ConfigurationFiles.load(tmp, Path.of("gone.yml")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("no such configuration file");
        assertThat(ConfigurationFiles.load(tmp, null)).isSameAs(Configuration.NONE);
    }

    @Test
    void theSuggestionIsTheNearestKey() {
        assertThat(ConfigurationReader.nearest("skiprules")).isEqualTo("skip-rules");
        assertThat(ConfigurationReader.nearest("Format")).isEqualTo("format");
        assertThat(ConfigurationReader.distance("kitten", "sitting")).isEqualTo(3);
    }
}
