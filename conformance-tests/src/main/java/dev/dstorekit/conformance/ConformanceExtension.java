package dev.dstorekit.conformance;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * Gives every case the run's {@link Conformance}, created from the JUnit configuration parameters (which
 * include system properties) on first use and kept in the root store, which closes it when the run ends.
 */
public final class ConformanceExtension implements TestInstancePostProcessor, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ConformanceExtension.class);

    static Conformance conformance(ExtensionContext context) {
        ExtensionContext root = context.getRoot();
        return root.getStore(NAMESPACE).getOrComputeIfAbsent(Conformance.class, key -> {
            Conformance conformance = Conformance.start(ConformanceConfig.from(root::getConfigurationParameter));
            for (String note : conformance.notes()) {
                root.publishReportEntry(ConformanceNotes.KEY, note);
            }
            root.publishReportEntry(ConformanceNotes.REPRODUCE, conformance.reproduce());
            return conformance;
        }, Conformance.class);
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
        if (testInstance instanceof ConformanceCase conformanceCase) {
            conformanceCase.attach(conformance(context));
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == Conformance.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return conformance(extensionContext);
    }
}
