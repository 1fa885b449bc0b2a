package dev.isolint.core.internal.terraform.module;

import dev.isolint.core.model.Evidence;
import dev.isolint.core.internal.scan.ScanContext;
import dev.isolint.core.model.Range;
import dev.isolint.core.internal.source.ReadFailure;
import dev.isolint.core.internal.source.SourceFile;
import dev.isolint.core.internal.terraform.eval.EvalException;
import dev.isolint.core.internal.terraform.eval.EvalLimitException;
import dev.isolint.core.internal.terraform.eval.ExprEvaluator;
import dev.isolint.core.internal.terraform.eval.Val;
import dev.isolint.core.internal.terraform.hcl.Attribute;
import dev.isolint.core.internal.terraform.hcl.Block;
import dev.isolint.core.internal.terraform.hcl.Body;
import dev.isolint.core.internal.terraform.hcl.HclParser;
import dev.isolint.core.internal.terraform.hcl.HclSyntaxException;
import dev.isolint.core.internal.terraform.json.TerraformJsonReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads {@code .tfvars} and {@code .tfvars.json} files into values, once per file however many
 * roots use them. Values must be constants (Terraform allows no references there); a file that
 * cannot be read or parsed is an error entry.
 */
final class VariableFiles {

    private final ScanContext context;
    private final Map<Path, Map<String, Given>> cache = new ConcurrentHashMap<>();
    private final Map<Path, RootVariables> roots = new ConcurrentHashMap<>();

    VariableFiles(ScanContext context) {
        this.context = context;
    }

    /**
     * The values given to the variables of {@code root} as a root module, loaded once however often asked (root
     * selection and the walk both need them), so that a bad value is reported once.
     */
    RootVariables root(ModuleConfig root) {
        RootVariables r = roots.get(root.dir());
        if (r == null) {
            r = RootVariables.load(root, this, context);
            RootVariables raced = roots.putIfAbsent(root.dir(), r);
            r = raced != null ? raced : r;
        }
        return r;
    }

    /** The values {@code file} sets, by name, in file order. */
    Map<String, Given> read(Path file) {
        return cache.computeIfAbsent(file, this::load);
    }

    private Map<String, Given> load(Path file) {
        Map<String, Given> out = new LinkedHashMap<>();
        SourceFile src;
        try {
            src = SourceFile.read(file, context.limits().fileSize());
        } catch (IOException e) {
            context.error(Range.fileStart(file), Files.exists(file) ? "cannot read variables file: " + ReadFailure.reason(e)
                    : "variables file does not exist");
            return out;
        }
        if (src.decodeError() != null) {
            context.error(Range.of(file, src.decodeErrorLine(), 1), src.decodeError());
            return out;
        }
        Body body;
        try {
            body = file.getFileName().toString().endsWith(".json")
                    ? TerraformJsonReader.parseVariables(file, src.text(), context.treeLimits())
                    : HclParser.parseFile(file, src.text(), context.limits().depth(), context.limits().tokens());
        } catch (HclSyntaxException e) {
            context.error(Range.of(file, e.line(), e.column()), e.getMessage());
            return out;
        }
        for (Block b : body.blocks()) {
            context.error(b.range(),
                    "blocks are not allowed in a variables file (found \"" + b.type() + "\")");
        }
        List<String> lines = src.lines();
        for (Attribute a : body.attributes()) {
            Range at = a.range();
            String line = a.range().line() <= lines.size() ? lines.get(a.range().line() - 1).strip() : a.name();
            try {
                Val v = ExprEvaluator.constant(a.expr());
                out.put(a.name(), new Given(v, List.of(new Evidence(at, shorten(line)))));
            } catch (EvalException | EvalLimitException e) {
                context.error(at, "variable \"" + a.name() + "\" in a variables file must be a constant value: "
                        + e.getMessage());
            }
        }
        return out;
    }

    static String shorten(String s) {
        return s.length() > 160 ? s.substring(0, 157) + "..." : s;
    }
}
