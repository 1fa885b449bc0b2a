package dev.isolint.core.internal.cloudformation;

import dev.isolint.core.internal.suppress.SuppressionComments;
import dev.isolint.core.internal.tree.Node;
import dev.isolint.core.internal.tree.Node.MapNode;
import dev.isolint.core.internal.tree.Node.ScalarNode;
import dev.isolint.core.internal.tree.Node.SeqNode;
import dev.isolint.core.model.InlineSuppression;
import dev.isolint.core.rule.Suppression;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The suppressions written at one resource entry: {@code Metadata: {isolint: {ignore: [...]}}}, Checkov's
 * {@code Metadata: {checkov: {skip: [...]}}}, and (YAML only) {@code # isolint:ignore} comments above or in it.
 */
final class ResourceSuppressions {

    private ResourceSuppressions() {
    }

    static List<InlineSuppression> of(CloudFormationTemplate template, Node.Entry entry, MapNode resource) {
        List<InlineSuppression> out = new ArrayList<>();
        if (resource.get("Metadata") instanceof MapNode meta) {
            collect(out, template.path(), meta.get("isolint"), "ignore", "reason");
            collect(out, template.path(), meta.get("checkov"), "skip", "comment");
        }
        if (template.comments()) {
            out.addAll(SuppressionComments.find(template.lines(), entry.keyRange().line(), resource.range().endLine(),
                    template.path()));
        }
        return out;
    }

    private static void collect(List<InlineSuppression> out, Path file, Node tool, String listKey, String reasonKey) {
        if (!(tool instanceof MapNode t) || !(t.get(listKey) instanceof SeqNode list)) {
            return;
        }
        for (Node item : list.items()) {
            if (item instanceof MapNode m && m.get("id") instanceof ScalarNode id && id.text() != null) {
                String reason = m.get(reasonKey) instanceof ScalarNode r ? SuppressionComments.blankToNull(r.text()) : null;
                if (reason == null && m.get("reason") instanceof ScalarNode r2) {
                    reason = SuppressionComments.blankToNull(r2.text());
                }
                LocalDate expires = m.get("expires") instanceof ScalarNode ex ? SuppressionComments.date(ex.text()) : null;
                out.add(new InlineSuppression(Suppression.METADATA, id.text(), reason, expires,
                        item.range()));
            }
        }
    }
}
