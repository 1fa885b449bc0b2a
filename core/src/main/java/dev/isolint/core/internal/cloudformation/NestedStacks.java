package dev.isolint.core.internal.cloudformation;

import dev.isolint.core.model.Resource;
import dev.isolint.core.model.ServiceResource;
import dev.isolint.core.internal.tree.Node;
import dev.isolint.core.internal.tree.Node.MapNode;
import dev.isolint.core.internal.tree.Node.ScalarNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Links nested-stack templates to their parents so their models are addressed {@code Parent/Child}
 * (SPEC §5). Each template is still read as its own file; this only remembers which parent resource
 * points at which child file — CDK's {@code aws:asset:path} metadata, or a local {@code TemplateURL}
 * ({@code AWS::CloudFormation::Stack}) / {@code Range} ({@code AWS::Serverless::Application}) as
 * {@code aws cloudformation package} takes them.
 */
final class NestedStacks {

    private record Parent(Path file, String logicalId) {
    }

    private final Map<Path, Parent> parents = new ConcurrentHashMap<>();

    /** Records the nested stacks that {@code template} (read from {@code file}) declares. */
    void record(Path file, MapNode resources) {
        Path dir = file.getParent();
        if (dir == null) {
            return;
        }
        for (Node.Entry e : resources.entries()) {
            if (!(e.value() instanceof MapNode r) || !(r.get("Type") instanceof ScalarNode t) || t.text() == null) {
                continue;
            }
            String child = switch (t.text()) {
                case "AWS::CloudFormation::Stack" -> localPath(r, "aws:asset:path", "TemplateURL");
                case "AWS::Serverless::Application" -> localPath(r, "aws:asset:path", "Location");
                default -> null;
            };
            if (child != null) {
                parents.putIfAbsent(dir.resolve(child).normalize(), new Parent(file, e.key()));
            }
        }
    }

    private static String localPath(MapNode resource, String metadataKey, String propertyKey) {
        if (resource.get("Metadata") instanceof MapNode meta && meta.get(metadataKey) instanceof ScalarNode s
                && s.value() instanceof String p) {
            return p;
        }
        if (resource.get("Properties") instanceof MapNode props && props.get(propertyKey) instanceof ScalarNode s
                && s.tag() == null && s.value() instanceof String p && !p.contains("://") && !p.isBlank()) {
            return p;
        }
        return null;
    }

    /** {@code records} with the addresses of resources in nested templates prefixed by their parents' logical ids. */
    List<ServiceResource> addressed(List<ServiceResource> records) {
        if (parents.isEmpty()) {
            return records;
        }
        List<ServiceResource> out = new ArrayList<>(records.size());
        for (ServiceResource r : records) {
            Resource m = r.resource();
            String prefix = prefix(m.location().file());
            out.add(prefix.isEmpty() ? r : r.withResource(m.withAddress(prefix + m.address())));
        }
        return out;
    }

    private String prefix(Path file) {
        StringBuilder sb = new StringBuilder();
        Set<Path> seen = new HashSet<>();
        Parent p = parents.get(file);
        while (p != null && seen.add(p.file())) {
            sb.insert(0, p.logicalId() + "/");
            p = parents.get(p.file());
        }
        return sb.toString();
    }
}
