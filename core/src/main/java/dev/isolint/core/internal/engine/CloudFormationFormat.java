package dev.isolint.core.internal.engine;

import dev.isolint.core.internal.adapter.cloudformation.CloudFormationAdapters;
import dev.isolint.core.internal.cloudformation.CloudFormationReader;
import dev.isolint.core.internal.scan.FormatDetector;
import dev.isolint.core.internal.scan.ScanContext;
import dev.isolint.core.internal.source.SourceFile;
import dev.isolint.core.model.ServiceResource;
import java.nio.file.Path;
import java.util.List;

/**
 * CloudFormation templates (JSON or YAML; SAM, CDK output, Serverless Framework): sniffed by their marks
 * ({@code AWSTemplateFormatVersion}, {@code Type: AWS::…}); the session's {@code finish} addresses the records of
 * nested-stack templates by their parents, which needs every template of the scan read first.
 */
final class CloudFormationFormat implements InputFormat {

    @Override
    public boolean sniffsName(Path file) {
        return FormatDetector.mayBeStructured(file);
    }

    @Override
    public boolean sniff(SourceFile file) {
        return FormatDetector.isTemplateCandidate(file);
    }

    @Override
    public Session open(ScanContext context) {
        // A session per scan: its parameter values and nested-stack links are this scan's alone.
        CloudFormationReader.Session reader = CloudFormationReader.session(context, CloudFormationAdapters.ALL);
        return new DocumentSession(reader, context) {
            @Override
            List<ServiceResource> finish(List<ServiceResource> all) {
                return reader.finish(all);
            }
        };
    }
}
