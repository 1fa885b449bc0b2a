package dev.isolint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The quick scan parser must agree with picocli wherever it answers, and hand everything else to picocli. */
class QuickScanArgumentsTest {

    private static final InputStream NO_INPUT = new ByteArrayInputStream(new byte[0]);

    @TempDir
    Path tmp;

    /**
     * What a parser put into the command: every field of the command, its superclasses and its mixins
     * (objects of this package), but picocli's spec and the injected environment and streams.
     */
    private static Map<String, Object> state(ScanCommand c) {
        Map<String, Object> s = new LinkedHashMap<>();
        collect(c, "", s);
        return s;
    }

    private static void collect(Object o, String prefix, Map<String, Object> into) {
        for (Class<?> type = o.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field f : type.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.getType() == CommandLine.Model.CommandSpec.class
                        || f.getType() == InputStream.class || f.getName().equals("environment")) {
                    continue;
                }
                f.setAccessible(true);
                Object value;
                try {
                    value = f.get(o);
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
                if (value != null && value.getClass().getPackage() == QuickScanArguments.class.getPackage()
                        && !value.getClass().isEnum()) {
                    collect(value, prefix + f.getName() + ".", into);
                } else {
                    into.put(prefix + f.getName(), value);
                }
            }
        }
    }

    /** picocli's reading of {@code args} (after "scan"), configured as {@link Main} configures it. */
    private static ScanCommand picocli(String... args) {
        ScanCommand c = new ScanCommand(Map.of(), NO_INPUT);
        CommandLine cl = new CommandLine(c);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.parseArgs(Arrays.copyOfRange(args, 1, args.length));
        return c;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "scan",
        "scan a.yaml b",
        "scan -f json x.yaml",
        "scan --format=JSON x.yaml",
        "scan -f=json",
        "scan --format text -o out/r.json",
        "scan --output=r.txt --unknown warn",
        "scan --unknown=WARN .",
        "scan --parameter A=1 --parameter=B=2=3 x",
        "scan --parameters-file p.json --parameters-file q.json",
        "scan --var a=1 --var-file x.tfvars",
        "scan --var-file=y.tfvars.json --var=b=2=3",
        "scan --exclude **/x --exclude=y .",
        "scan --ignore-file i.yml",
        "scan --no-color -q -v --debug p",
        "scan --quiet --verbose",
        "scan p -- -weird --format",
        "scan - x",
        "scan a -f json b -q c",
        "scan --limit depth=5 --limit=file-size=2m x",
        "scan --var a=1 --var b=2 --var-file x.tfvars --var-file y.tfvars dir",
        "scan --var-file=y.tfvars --var a=1 --var-file x.tfvars --var=b=2",
        "scan -f json -f sarif=s.sarif --format=junit=j.xml",
        "scan --workspace prod x",
        "scan --stdin-filename main.tf -",
        "scan --workspace=staging --stdin-filename=plans/plan.json - x",
        "scan --rule ISO001 --skip-rule=sagemaker-model-network-isolation --rule iso001 x",
        "scan --config c.yml --base-path .. --strict --soft-fail x",
    })
    void agreesWithPicocli(String line) {
        String[] args = line.split(" ");
        ScanCommand quick = QuickScanArguments.parse(args, Map.of(), NO_INPUT);
        assertThat(quick).as("quick parser answers %s", line).isNotNull();
        assertThat(state(quick)).isEqualTo(state(picocli(args)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "scan --help", "scan -h", "scan -V", "scan --version", "scan -qv", "scan -f", "scan -f -q",
        "scan --format xml", "scan -f json -f text", "scan -q -q", "scan @args.txt", "scan --bogus",
        "scan --parameter novalue", "scan --var =1", "scan --no-color=true", "scan -fjson", "scan -o -",
        "explain", "--version", "help scan", "--debug scan x", "scan --limit bogus=1", "scan --limit depth=x",
        "scan --workspace a --workspace b", "scan --workspace= x", "scan --stdin-filename main.tf x",
        "scan --stdin-filename= -", "scan --stdin-filename main.tf --stdin-filename x.tf -", "scan --var-file",
        "scan --rule ISO999 x", "scan --skip-rule bogus x", "scan --config a --config b x", "scan --strict=true x",
    })
    void leavesTheRestToPicocli(String line) {
        assertThat(QuickScanArguments.parse(line.split(" "), Map.of(), NO_INPUT)).isNull();
    }

    @Test
    void knowsEveryOptionOfTheScanCommand() {
        Set<String> declared = new TreeSet<>();
        for (OptionSpec o : new CommandLine(new ScanCommand(Map.of(), NO_INPUT)).getCommandSpec().options()) {
            if (!o.usageHelp() && !o.versionHelp()) {
                declared.addAll(Arrays.asList(o.names()));
            }
        }
        assertThat(new TreeSet<>(QuickScanArguments.NAMES))
                .as("a new scan option must be taught to QuickScanArguments (or it always takes the slow path)")
                .isEqualTo(declared);
    }

    /** Two values for each option that takes one, both valid, and different. */
    private static final Map<String, String[]> SAMPLES = Map.ofEntries(
            Map.entry("--format", new String[] {"json=a.json", "sarif=b.sarif"}),
            Map.entry("--output", new String[] {"a.txt", "b.txt"}),
            Map.entry("--unknown", new String[] {"warn", "fail"}),
            Map.entry("--parameter", new String[] {"A=1", "B=2"}),
            Map.entry("--parameters-file", new String[] {"p.json", "q.json"}),
            Map.entry("--var", new String[] {"a=1", "b=2"}),
            Map.entry("--var-file", new String[] {"x.tfvars", "y.tfvars"}),
            Map.entry("--exclude", new String[] {"**/x", "y"}),
            Map.entry("--ignore-file", new String[] {"i.yml", "j.yml"}),
            Map.entry("--limit", new String[] {"depth=5", "files=9"}),
            Map.entry("--workspace", new String[] {"prod", "staging"}),
            Map.entry("--stdin-filename", new String[] {"main.tf", "x.tf"}),
            Map.entry("--rule", new String[] {"ISO001", "sagemaker-model-network-isolation"}),
            Map.entry("--skip-rule", new String[] {"iso001", "SAGEMAKER-MODEL-NETWORK-ISOLATION"}),
            Map.entry("--config", new String[] {"a.yml", "b.yml"}),
            Map.entry("--base-path", new String[] {"..", "/"}));

    /**
     * Every option of {@code scan} given twice: the quick path takes the line exactly when picocli does, and
     * reads it alike. So a repeatable option repeats on both paths, and one taken once goes to picocli,
     * which reports it.
     */
    @Test
    void repeatsAnOptionExactlyWhenPicocliDoes() {
        List<String> checked = new ArrayList<>();
        for (OptionSpec o : new CommandLine(new ScanCommand(Map.of(), NO_INPUT)).getCommandSpec().options()) {
            if (o.usageHelp() || o.versionHelp()) {
                continue;
            }
            String name = o.longestName();
            List<String> line = new ArrayList<>(List.of("scan"));
            String[] values = SAMPLES.get(name);
            if (o.arity().max() > 0) {
                assertThat(values).as("sample values for %s", name).isNotNull();
                line.addAll(List.of(name, values[0], name, values[1]));
            } else {
                line.addAll(List.of(name, name));
            }
            line.add("-");
            String[] args = line.toArray(String[]::new);
            boolean picocliRepeats;
            try {
                picocli(args);
                picocliRepeats = true;
            } catch (CommandLine.OverwrittenOptionException e) {
                picocliRepeats = false;
            }
            assertThat(QuickScanArguments.takenOnce(name)).as("%s taken once", name).isEqualTo(!picocliRepeats);
            ScanCommand quick = QuickScanArguments.parse(args, Map.of(), NO_INPUT);
            if (picocliRepeats) {
                assertThat(quick).as("the quick path takes %s", String.join(" ", args)).isNotNull();
                assertThat(state(quick)).isEqualTo(state(picocli(args)));
            } else {
                assertThat(quick).as("the quick path leaves %s to picocli", String.join(" ", args)).isNull();
            }
            checked.add(name);
        }
        assertThat(checked).contains("--var", "--var-file", "--parameter", "--parameters-file", "--exclude", "--format",
                "--limit", "--workspace");
    }

    /** {@code baseline} (always picocli) takes the repeatable scan options twice, as the quick {@code scan} does. */
    @ParameterizedTest
    @ValueSource(strings = {"--var", "--var-file", "--parameter", "--parameters-file", "--exclude", "--limit"})
    void baselineRepeatsThemAsScanDoes(String option) {
        String[] values = SAMPLES.get(option);
        BaselineCommand baseline = new BaselineCommand(Map.of(), NO_INPUT);
        new CommandLine(baseline).parseArgs(option, values[0], option, values[1], "x");
        ScanCommand scan = QuickScanArguments.parse(new String[] {"scan", option, values[0], option, values[1], "x"},
                Map.of(), NO_INPUT);
        assertThat(scan).isNotNull();
        Map<String, Object> expected = new LinkedHashMap<>();
        collect(scan.scan, "", expected);
        Map<String, Object> actual = new LinkedHashMap<>();
        collect(baseline.scan, "", actual);
        assertThat(actual).isEqualTo(expected);
        // Both values, as stored: --var's as VariableInput.Var records, the others as given.
        String[] shown = option.equals("--var") ? new String[] {"name=a, value=1", "name=b, value=2"} : values;
        assertThat(actual.toString()).contains(shown[0], shown[1]);
    }

    @Property(tries = 2000)
    void wheneverItAnswersPicocliAgrees(@ForAll("lines") List<String> tokens) {
        List<String> line = new ArrayList<>();
        line.add("scan");
        line.addAll(tokens);
        String[] args = line.toArray(String[]::new);
        ScanCommand quick = QuickScanArguments.parse(args, Map.of(), NO_INPUT);
        if (quick != null) {
            assertThat(state(quick)).isEqualTo(state(picocli(args)));
        }
    }

    @Provide
    Arbitrary<List<String>> lines() {
        List<String> tokens = new ArrayList<>(QuickScanArguments.NAMES);
        tokens.addAll(List.of("json", "TEXT", "Warn", "fail", "x.yaml", "dir", "A=1", "a=b=c", "=1", "-", "--",
                "-x", "", "--format=json", "-f=text", "--unknown=warn", "--var=k=v", "--exclude=*.json", "-h"));
        return Arbitraries.of(tokens).list().ofMaxSize(7);
    }

    @Test
    void runsLikePicocliEndToEnd() throws IOException {
        // An @file makes picocli parse the very same line: the two runs must print the same.
        String[] line = {"scan", "-f", "json", "--unknown=warn", "--parameter", "Environment=prod", "testdata/cloudformation"};
        Path argFile = tmp.resolve("args.txt");
        Files.write(argFile, Arrays.asList(Arrays.copyOfRange(line, 1, line.length)));
        String[] viaPicocli = {"scan", "@" + argFile};
        assertThat(QuickScanArguments.parse(viaPicocli, Map.of(), NO_INPUT)).isNull();
        assertThat(run(line)).isEqualTo(run(viaPicocli)).contains("\"schemaVersion\" : 1");
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err), NO_INPUT, Map.of());
        return code + "\n" + out + "\n" + err;
    }
}
