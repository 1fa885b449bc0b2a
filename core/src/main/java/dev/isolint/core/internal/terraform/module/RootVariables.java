package dev.isolint.core.internal.terraform.module;

import dev.isolint.core.api.VariableInput;
import dev.isolint.core.model.Evidence;
import dev.isolint.core.internal.scan.ScanContext;
import dev.isolint.core.internal.terraform.eval.EvalException;
import dev.isolint.core.internal.terraform.eval.EvalLimitException;
import dev.isolint.core.internal.terraform.eval.ExprEvaluator;
import dev.isolint.core.internal.terraform.eval.Val;
import dev.isolint.core.internal.terraform.hcl.Expr;
import dev.isolint.core.internal.terraform.hcl.HclParser;
import dev.isolint.core.internal.terraform.hcl.HclSyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The values a root module's variables get from outside, with Terraform's precedence (later
 * wins): {@code TF_VAR_name} environment variables, {@code terraform.tfvars},
 * {@code terraform.tfvars.json}, {@code *.auto.tfvars} and {@code *.auto.tfvars.json} in lexical
 * order, then {@code --var} and {@code --var-file} in command-line order. Names the root does not
 * declare are ignored; defaults apply when nothing is given (see {@link ModuleInstance}).
 */
final class RootVariables implements ModuleInstance.Inputs {

    private final Map<String, Given> values;

    private RootVariables(Map<String, Given> values) {
        this.values = values;
    }

    @Override
    public Given value(VariableDecl v) {
        return values.get(v.name());
    }

    @Override
    public String missing(VariableDecl v) {
        return "variable \"" + v.name() + "\" has no default and no value is given (set it with --var,"
                + " a .tfvars file or TF_VAR_" + v.name() + ")";
    }

    static RootVariables load(ModuleConfig root, VariableFiles files, ScanContext context) {
        Map<String, Given> values = new HashMap<>();
        Map<String, VariableDecl> declared = root.variables();
        for (VariableDecl v : declared.values()) {
            String env = context.request().environment().get("TF_VAR_" + v.name());
            if (env != null) {
                Given g = raw(v, env, "environment variable TF_VAR_" + v.name() + "=" + env, context);
                if (g != null) {
                    values.put(v.name(), g);
                }
            }
        }
        for (Path f : automaticFiles(root.dir())) {
            apply(files.read(f), declared, values);
        }
        for (VariableInput input : context.request().variables()) {
            if (input instanceof VariableInput.Var var) {
                VariableDecl v = declared.get(var.name());
                if (v != null) {
                    Given g = raw(v, var.value(), "--var " + var.name() + "=" + var.value(), context);
                    if (g != null) {
                        values.put(v.name(), g);
                    }
                }
            } else if (input instanceof VariableInput.VarFile vf) {
                Path p = context.request().workingDirectory().resolve(vf.file()).toAbsolutePath().normalize();
                apply(files.read(p), declared, values);
            }
        }
        return new RootVariables(values);
    }

    private static void apply(Map<String, Given> from, Map<String, VariableDecl> declared, Map<String, Given> into) {
        for (Map.Entry<String, Given> e : from.entrySet()) {
            if (declared.containsKey(e.getKey())) {
                into.put(e.getKey(), e.getValue());
            }
        }
    }

    /**
     * The files Terraform loads by itself: {@code terraform.tfvars}, {@code terraform.tfvars.json},
     * then every {@code *.auto.tfvars} / {@code *.auto.tfvars.json} sorted by name. A misspelled
     * name is not loaded, as Terraform does not load it either.
     */
    static List<Path> automaticFiles(Path dir) {
        List<Path> out = new ArrayList<>();
        for (String name : List.of("terraform.tfvars", "terraform.tfvars.json")) {
            Path p = dir.resolve(name);
            if (Files.isRegularFile(p)) {
                out.add(p);
            }
        }
        List<Path> auto = new ArrayList<>();
        for (Path p : TerraformModuleLoader.list(dir)) {
            String n = p.getFileName().toString();
            if (n.endsWith(".auto.tfvars") || n.endsWith(".auto.tfvars.json")) {
                auto.add(p);
            }
        }
        auto.sort(TerraformModuleLoader.BY_NAME);
        out.addAll(auto);
        return out;
    }

    /**
     * A value from {@code -var} or {@code TF_VAR_}: a literal string for variables without a type or
     * with a primitive one, else parsed as an HCL expression (Terraform's parsing modes).
     */
    private static Given raw(VariableDecl v, String text, String origin, ScanContext context) {
        Evidence step = new Evidence(v.decl().location(), origin);
        if (v.literalInput()) {
            return new Given(new Val.Str(text), List.of(step));
        }
        try {
            // The value has no file of its own: its ranges name the declaring file, where its evidence points too.
            Expr e = HclParser.parseExpression(v.decl().location().file(), text);
            return new Given(ExprEvaluator.constant(e), List.of(step));
        } catch (HclSyntaxException | EvalException | EvalLimitException e) {
            context.error(v.decl().location(), "value for variable \"" + v.name() + "\" from " + origin
                    + " is not a valid expression: " + e.getMessage());
            return null;
        }
    }
}
