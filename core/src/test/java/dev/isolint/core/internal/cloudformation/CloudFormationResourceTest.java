package dev.isolint.core.internal.cloudformation;

import static dev.isolint.core.internal.cloudformation.Probes.probe;
import static dev.isolint.core.internal.cloudformation.Probes.steps;
import static dev.isolint.core.internal.cloudformation.Probes.value;
import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.internal.adapter.cloudformation.SageMakerModelAdapter;
import dev.isolint.core.model.SageMakerModel;
import dev.isolint.core.model.ServiceResource;
import dev.isolint.core.model.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generic resource view: property paths through nested mappings, with the evidence ISO001 shows. */
class CloudFormationResourceTest {

    private static final String NESTED = "NetworkConfig.EnableNetworkIsolation";
    private static final String DEEP = "MonitoringScheduleConfig.MonitoringJobDefinition.NetworkConfig.EnableNetworkIsolation";

    private static String template(String properties) {
        return "AWSTemplateFormatVersion: \"2010-09-09\"\n"                 // 1
                + "Parameters:\n"                                           // 2
                + "  Isolate: {Type: String, Default: \"true\"}\n"          // 3
                + "Conditions:\n"                                           // 4
                + "  Iso: !Equals [!Ref Isolate, \"true\"]\n"               // 5
                + "  InUsEast: !Equals [!Ref AWS::Region, us-east-1]\n"     // 6
                + "Resources:\n"                                            // 7
                + "  P:\n"                                                  // 8
                + "    Type: Test::Probe\n"                                 // 9
                + properties;                                               // 10…
    }

    @Test
    void oneLevelPathKeepsTheWordsIso001HasAlwaysUsed() {
        Value<Boolean> v = value(template("    Properties:\n      EnableNetworkIsolation: !Ref Isolate\n"),
                "EnableNetworkIsolation");
        assertThat(v).isEqualTo(Value.known(true, v.evidence()));
        assertThat(steps(v)).containsExactly("11 EnableNetworkIsolation: !Ref Isolate", "3 Isolate: {Type: String, Default: \"true\"}",
                "11 EnableNetworkIsolation = true");

        Value<Boolean> missing = value(template("    Properties: {Image: x}\n"), "EnableNetworkIsolation");
        assertThat(missing).isInstanceOf(Value.Absent.class);
        assertThat(((Value.Absent<Boolean>) missing).reason())
                .isEqualTo("EnableNetworkIsolation is not set, and the service default is false");
        assertThat(steps(missing)).containsExactly("8 EnableNetworkIsolation is not set: defaults to false");

        Value<Boolean> noProperties = value(template(""), "EnableNetworkIsolation");
        assertThat(steps(noProperties)).containsExactly("8 no Properties: EnableNetworkIsolation defaults to false");

        Value<Boolean> noValue = value(template("    Properties: {EnableNetworkIsolation: !Ref AWS::NoValue}\n"),
                "EnableNetworkIsolation");
        assertThat(((Value.Absent<Boolean>) noValue).reason())
                .isEqualTo("EnableNetworkIsolation is AWS::NoValue, so it defaults to false");
    }

    @Test
    void theSageMakerAdapterGivesWhatTheViewGives() {
        String t = template("    Properties:\n      EnableNetworkIsolation: !If [Iso, true, false]\n")
                .replace("Test::Probe", "AWS::SageMaker::Model");
        List<ServiceResource> records = Probes.read(t, List.of(new SageMakerModelAdapter())).models();
        assertThat(records).singleElement().isInstanceOf(SageMakerModel.class);
        SageMakerModel m = (SageMakerModel) records.get(0);
        assertThat(m.resource().address()).isEqualTo("P");
        assertThat(m.resource().type()).isEqualTo("AWS::SageMaker::Model");
        assertThat(m.networkIsolation().instances()).singleElement()
                .satisfies(i -> assertThat(i.value()).isEqualTo(value(t.replace("AWS::SageMaker::Model", Probes.TYPE),
                        "EnableNetworkIsolation")));
    }

    @Test
    void nestedPathWrittenOutIsKnownWithItsLine() {
        Value<Boolean> v = value(template("""
                    Properties:
                      NetworkConfig:
                        EnableNetworkIsolation: false
                """), NESTED);
        assertThat(v).isInstanceOf(Value.Known.class);
        assertThat(((Value.Known<Boolean>) v).value()).isFalse();
        assertThat(steps(v)).containsExactly("12 EnableNetworkIsolation: false", "12 " + NESTED + " = false");
    }

    @Test
    void deepPathThroughFourMappings() {
        String written = """
                    Properties:
                      MonitoringScheduleConfig:
                        MonitoringJobDefinition:
                          NetworkConfig: {EnableNetworkIsolation: true}
                """;
        assertThat(value(template(written), DEEP)).isInstanceOf(Value.Known.class);
        Value<Boolean> missingJob = value(template("""
                    Properties:
                      MonitoringScheduleConfig:
                        ScheduleConfig: {ScheduleExpression: daily}
                """), DEEP);
        assertThat(((Value.Absent<Boolean>) missingJob).reason()).isEqualTo(DEEP + " is not set, and the service default is false");
        // Points at the mapping that lacks it, the nearest line a fix goes to.
        assertThat(steps(missingJob)).containsExactly("11 MonitoringScheduleConfig.MonitoringJobDefinition is not set: "
                + DEEP + " defaults to false");
    }

    @Test
    void absentParentMappingIsAnAbsentAttributePointingAtTheResource() {
        Value<Boolean> v = value(template("    Properties: {Image: x}\n"), NESTED);
        assertThat(((Value.Absent<Boolean>) v).reason()).isEqualTo(NESTED + " is not set, and the service default is false");
        assertThat(steps(v)).containsExactly("8 NetworkConfig is not set: " + NESTED + " defaults to false");

        Value<Boolean> leafMissing = value(template("""
                    Properties:
                      NetworkConfig:
                        EnableInterContainerTrafficEncryption: true
                """), NESTED);
        assertThat(steps(leafMissing)).containsExactly("11 " + NESTED + " is not set: defaults to false");
    }

    @Test
    void noValueOrNullParentIsAbsent() {
        Value<Boolean> noValue = value(template("    Properties:\n      NetworkConfig: !Ref AWS::NoValue\n"), NESTED);
        assertThat(((Value.Absent<Boolean>) noValue).reason())
                .isEqualTo("NetworkConfig is AWS::NoValue, so " + NESTED + " defaults to false");
        assertThat(steps(noValue)).containsExactly("11 NetworkConfig: !Ref AWS::NoValue",
                "11 Ref AWS::NoValue removes the property");

        Value<Boolean> nothing = value(template("    Properties:\n      NetworkConfig:\n"), NESTED);
        assertThat(((Value.Absent<Boolean>) nothing).reason()).isEqualTo("NetworkConfig is null, so " + NESTED + " defaults to false");
    }

    @Test
    void parentChosenByAConditionCarriesTheConditionsSteps() {
        Value<Boolean> v = value(template("""
                    Properties:
                      NetworkConfig: !If [Iso, {EnableNetworkIsolation: true}, !Ref AWS::NoValue]
                """), NESTED);
        assertThat(v).isInstanceOf(Value.Known.class);
        assertThat(steps(v)).containsSubsequence("11 NetworkConfig: !If [Iso, {EnableNetworkIsolation: true}, !Ref AWS::NoValue]",
                "5 Iso: !Equals [!Ref Isolate, \"true\"]", "5 condition Iso = true",
                "11 condition Iso is true: Fn::If takes the first value", "11 " + NESTED + " = true");

        Value<Boolean> off = value(template("""
                    Properties:
                      NetworkConfig: !If [Iso, !Ref AWS::NoValue, {EnableNetworkIsolation: true}]
                """), NESTED);
        assertThat(off).isInstanceOf(Value.Absent.class);
        assertThat(steps(off)).contains("11 Ref AWS::NoValue removes the property");
    }

    @Test
    void unknownParentIsUnknown() {
        Value<Boolean> v = value(template("""
                    Properties:
                      NetworkConfig: !If [InUsEast, {EnableNetworkIsolation: true}, {EnableNetworkIsolation: false}]
                """), NESTED);
        assertThat(v).isInstanceOf(Value.Unknown.class);
        assertThat(((Value.Unknown<Boolean>) v).reason()).startsWith("NetworkConfig cannot be evaluated: Fn::If on condition InUsEast")
                .contains("AWS::Region");

        Value<Boolean> getAtt = value(template("    Properties:\n      NetworkConfig: !GetAtt Other.Config\n"), NESTED);
        assertThat(((Value.Unknown<Boolean>) getAtt).reason())
                .isEqualTo("NetworkConfig cannot be evaluated: Fn::GetAtt is known only at deployment");

        Value<Boolean> scalar = value(template("    Properties:\n      NetworkConfig: true\n"), NESTED);
        assertThat(((Value.Unknown<Boolean>) scalar).reason()).isEqualTo("NetworkConfig is not a mapping");

        Value<Boolean> properties = value(template("    Properties: !GetAtt Other.Config\n"), NESTED);
        assertThat(((Value.Unknown<Boolean>) properties).reason())
                .isEqualTo("Properties cannot be evaluated: Fn::GetAtt is known only at deployment");
    }

    @Test
    void shortFormTagsAndLongFormAgree() {
        String shortForm = template("""
                    Properties:
                      NetworkConfig: !If [Iso, {EnableNetworkIsolation: !Equals [!Ref Isolate, "true"]}, !Ref AWS::NoValue]
                """);
        String longForm = template("""
                    Properties:
                      NetworkConfig: {"Fn::If": [Iso, {EnableNetworkIsolation: {"Fn::Equals": [{"Ref": Isolate}, "true"]}}, {"Ref": "AWS::NoValue"}]}
                """);
        Value<Boolean> s = value(shortForm, NESTED);
        Value<Boolean> l = value(longForm, NESTED);
        assertThat(s).isInstanceOf(Value.Known.class);
        assertThat(((Value.Known<Boolean>) s).value()).isTrue();
        assertThat(l).isEqualTo(Value.known(true, l.evidence()));
        assertThat(steps(l)).hasSameSizeAs(steps(s));
    }

    @Test
    void onlyClaimedTypesAreAdaptedAndEveryClaimingAdapterAdaptsThem() {
        Probes.Adapter first = new Probes.Adapter("EnableNetworkIsolation");
        Probes.Adapter second = new Probes.Adapter(NESTED);
        List<ServiceResource> records = Probes.read("""
                Resources:
                  Bucket: {Type: AWS::S3::Bucket, Properties: {BucketName: !GetAtt Nothing.Here}}
                  P: {Type: Test::Probe}
                  Model: {Type: AWS::SageMaker::Model}
                """, List.of(first, second)).models();
        assertThat(records).hasSize(2);
        assertThat(first.seen).extracting(CloudFormationResource::logicalId).containsExactly("P");
        assertThat(second.seen).extracting(CloudFormationResource::type).containsExactly(Probes.TYPE);
    }

    @Test
    void aViewOfALoopKeepsItsBindingsAfterTheLoop() {
        Probes.Adapter adapter = new Probes.Adapter("EnableNetworkIsolation");
        Probes.read("""
                AWSTemplateFormatVersion: "2010-09-09"
                Transform: AWS::LanguageExtensions
                Resources:
                  Fn::ForEach::Flags:
                    - Flag
                    - ["true", "false"]
                    - P${Flag}:
                        Type: Test::Probe
                        Properties: {EnableNetworkIsolation: !Ref Flag}
                """, List.of(adapter));
        // Evaluated again once the loop is over: each view still sees its own iteration's value.
        assertThat(adapter.seen).extracting(CloudFormationResource::logicalId).containsExactly("Ptrue", "Pfalse");
        assertThat(adapter.seen.get(0).booleanProperty("EnableNetworkIsolation", false))
                .isInstanceOfSatisfying(Value.Known.class, k -> assertThat(k.value()).isEqualTo(true));
        assertThat(adapter.seen.get(1).booleanProperty("EnableNetworkIsolation", false))
                .isInstanceOfSatisfying(Value.Known.class, k -> assertThat(k.value()).isEqualTo(false));
        assertThat(adapter.seen.get(1).resource("probe").context()).extracting(e -> e.note())
                .containsExactly("Fn::ForEach::Flags: Flag = false");
    }

    @Test
    void conditionAndSuppressionsAreTheResources() {
        List<Probes.Probe> probes = probe("""
                AWSTemplateFormatVersion: "2010-09-09"
                Conditions:
                  Never: !Equals [a, b]
                Resources:
                  # isolint:ignore ISO001 reviewed in SEC-1
                  P:
                    Type: Test::Probe
                    Condition: Never
                    Metadata:
                      checkov:
                        skip:
                          - id: CKV_AWS_370
                            comment: migrated
                """, "EnableNetworkIsolation");
        var r = probes.get(0).resource();
        assertThat(r.notes()).containsExactly("dormant: Condition Never is false with these parameters");
        assertThat(r.context()).extracting(e -> e.location().line() + " " + e.note()).containsExactly(
                "8 resource Condition Never is false with these parameters: the probe is not created now, and is judged as written");
        assertThat(r.suppressions()).extracting(s -> s.kind() + " " + s.ruleId()).containsExactly(
                "metadata CKV_AWS_370", "inline ISO001");
    }
}
