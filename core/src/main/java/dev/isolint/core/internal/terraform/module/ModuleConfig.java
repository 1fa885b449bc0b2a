package dev.isolint.core.internal.terraform.module;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A module directory's configuration, all files merged (override files applied as Terraform
 * applies them): variables, locals, outputs, module calls and the resources adapters claim.
 *
 * @param dir       the module directory (absolute, normalised)
 * @param files     its configuration files, primary files first, each group in lexical order
 * @param variables input variables by name
 * @param locals    local values by name
 * @param outputs   outputs by name
 * @param calls     module calls by name, in declaration order
 * @param resources the resources of the types adapters claim, in file and block order
 */
public record ModuleConfig(Path dir, List<ConfigFile> files, Map<String, VariableDecl> variables,
        Map<String, Arg> locals, Map<String, Decl> outputs, Map<String, Decl> calls, List<Decl> resources) {
}
