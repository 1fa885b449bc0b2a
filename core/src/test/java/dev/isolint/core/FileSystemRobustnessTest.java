package dev.isolint.core;

import dev.isolint.core.api.ScanResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.isolint.core.rule.Verdict;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile file systems: nothing crashes, hangs, escapes the scan root or is lost. */
class FileSystemRobustnessTest {

    private static final String MODEL = """
            AWSTemplateFormatVersion: "2010-09-09"
            Resources:
              Model:
                Type: AWS::SageMaker::Model
                Properties:
                  EnableNetworkIsolation: false
            """;

    @TempDir
    Path dir;

    @Test
    void brokenFilesNeverHideTheOthers() throws IOException {
        for (int i = 0; i < 1000; i++) {
            String text = i % 100 == 7 ? MODEL.replace("Properties:", "Properties: [") : MODEL;
            Files.writeString(dir.resolve("t" + i + ".yaml"), text);
        }
        ScanResult r = Scans.scan(dir);
        assertThat(r.findings()).hasSize(990);
        assertThat(r.errors()).hasSize(10);
        assertThat(r.files()).isEqualTo(1000);
    }

    @Test
    void symbolicLinksAreNotFollowedSoLoopsAndEscapesCannotHappen() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.yaml"), MODEL);
        Path root = Files.createDirectories(dir.resolve("root"));
        Files.writeString(root.resolve("own.yaml"), MODEL);
        Files.createSymbolicLink(root.resolve("loop"), root);
        Files.createSymbolicLink(root.resolve("escape"), outside);
        Files.createSymbolicLink(root.resolve("link.yaml"), outside.resolve("secret.yaml"));
        ScanResult r = Scans.scan(root);
        assertThat(r.findings()).extracting(f -> f.resource().location().file().getFileName().toString())
                .containsExactly("own.yaml");
        assertThat(r.errors()).isEmpty();
    }

    @Test
    void specialFilesAreSkipped() throws Exception {
        Path fifo = dir.resolve("pipe.yaml");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(p.waitFor() == 0, "mkfifo available");
        Files.writeString(dir.resolve("t.yaml"), MODEL);
        ScanResult r = Scans.scan(dir);
        assertThat(r.findings()).hasSize(1);
        assertThat(r.errors()).isEmpty();
    }

    @Test
    void unreadableFilesAreErrorsAndTheRestIsScanned() throws IOException {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root reads everything");
        Path locked = Files.writeString(dir.resolve("locked.yaml"), MODEL);
        Files.writeString(dir.resolve("open.yaml"), MODEL);
        locked.toFile().setReadable(false);
        ScanResult r = Scans.scan(dir);
        assertThat(r.findings()).hasSize(1);
        assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("permission denied"));
    }

    @Test
    void oddFileNamesLineEndingsAndByteOrderMarksReadAlike() throws IOException {
        Files.writeString(dir.resolve("with space.yaml"), MODEL);
        Files.writeString(dir.resolve("new\nline.yaml"), MODEL);
        Files.writeString(dir.resolve("ünïcødé.yaml"), MODEL);
        Files.writeString(dir.resolve("crlf.yaml"), MODEL.replace("\n", "\r\n"));
        Files.write(dir.resolve("bom.yaml"), ("\uFEFF" + MODEL).getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("utf16.json"), "{\"Resources\": {\"Model\": {\"Type\": \"AWS::SageMaker::Model\"}}}"
                .getBytes(StandardCharsets.UTF_16));
        ScanResult r = Scans.scan(dir);
        assertThat(r.errors()).isEmpty();
        assertThat(r.findings()).hasSize(6).allSatisfy(f -> {
            assertThat(f.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(f.resource().location().line()).isEqualTo(f.resource().location().file().toString().endsWith(".json") ? 1 : 3);
        });
    }

    @Test
    void neverOpensANetworkConnection() throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + listener.getLocalPort();
            Files.writeString(dir.resolve("parent.yaml"), """
                    AWSTemplateFormatVersion: "2010-09-09"
                    Transform:
                      Name: AWS::Include
                      Parameters: {Range: %1$s/include.yaml}
                    Resources:
                      Child:
                        Type: AWS::CloudFormation::Stack
                        Properties: {TemplateURL: %1$s/child.yaml}
                      App:
                        Type: AWS::Serverless::Application
                        Properties: {Range: %1$s/app.yaml}
                      Model:
                        Type: AWS::SageMaker::Model
                        Properties:
                          EnableNetworkIsolation: "{{resolve:ssm:%1$s}}"
                          ModelDataUrl: %1$s/model.tar.gz
                    """.formatted(url));
            Files.writeString(dir.resolve("main.tf"), """
                    module "remote" {
                      source = "%1$s/module.zip"
                    }
                    data "http" "flag" {
                      url = "%1$s/flag"
                    }
                    resource "aws_sagemaker_model" "m" {
                      enable_network_isolation = data.http.flag.response_body
                    }
                    """.formatted(url));
            Files.writeString(dir.resolve("plan.json"), """
                    {"format_version": "1.2", "planned_values": {"root_module": {}},
                     "configuration": {"root_module": {"module_calls": {"m": {"source": "%s/m.zip"}}}}}
                    """.formatted(url));
            Scans.scan(dir);
            listener.setSoTimeout(300);
            try {
                listener.accept().close();
                throw new AssertionError("isolint opened a network connection");
            } catch (SocketTimeoutException expected) {
                // nobody connected
            }
        }
    }
}
