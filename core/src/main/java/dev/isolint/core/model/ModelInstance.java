package dev.isolint.core.model;

/**
 * One instance a resource block yields (one per {@code count}/{@code for_each} key and module call
 * instance), with its evaluated network-isolation setting.
 *
 * @param key the instance's full address (e.g. {@code module.fleet["b"].aws_sagemaker_model.m[0]}),
 *            or {@code null} when the resource yields exactly itself
 * @param networkIsolation the evaluated {@code EnableNetworkIsolation} / {@code enable_network_isolation}
 */
public record ModelInstance(String key, Value<Boolean> networkIsolation) {
}
