package dev.dstorekit.conformance;

import dev.dstorekit.conformance.client.Exchange;
import dev.dstorekit.conformance.evidence.CaseEvidence;
import dev.dstorekit.conformance.evidence.EvidencePack;
import dev.dstorekit.conformance.outbound.ReceivedCall;
import dev.dstorekit.signature.RsaSignatureVerifier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.opentest4j.TestAbortedException;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Gives every case the run's {@link Conformance}, created from the JUnit configuration parameters (which
 * include system properties) on first use and kept in the root store, which closes it when the run ends. With an
 * evidence directory ({@link Settings#EVIDENCE_DIR}) it also records what each case sent and received
 * ({@link CaseEvidence}).
 */
public final class ConformanceExtension implements TestInstancePostProcessor, ParameterResolver, BeforeEachCallback,
        AfterEachCallback {

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

    /** Where the run's exchange log and the embedded endpoint's calls stood when the case began. */
    private record Marks(int exchanges, int received) {
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (evidenceDir(context).isPresent()) {
            Conformance conformance = conformance(context);
            context.getStore(NAMESPACE).put(Marks.class, new Marks(conformance.log().all().size(),
                    conformance.dstore().received().size()));
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Optional<Path> dir = evidenceDir(context);
        Marks marks = context.getStore(NAMESPACE).get(Marks.class, Marks.class);
        if (dir.isEmpty() || marks == null) {
            return;
        }
        Conformance conformance = conformance(context);
        List<Exchange> exchanges = conformance.log().all();
        List<ReceivedCall> received = conformance.dstore().received();
        Optional<Throwable> thrown = context.getExecutionException();
        String verdict = thrown.isEmpty() ? "PASSED" : thrown.get() instanceof TestAbortedException ? "SKIPPED" : "FAILED";
        CaseEvidence.write(dir.get(), caseName(context), context.getParent().filter(p -> p.getTestMethod().isPresent())
                        .map(ExtensionContext::getDisplayName).orElse(context.getDisplayName()), verdict,
                thrown.map(Throwable::getMessage).orElse(null), exchanges.subList(marks.exchanges(), exchanges.size()),
                received.subList(Math.min(marks.received(), received.size()), received.size()), conformance.pos(),
                new RsaSignatureVerifier(EvidencePack.publicHalf(conformance.config().dstorePrivateKey())), conformance.posVerifier());
    }

    private static Optional<Path> evidenceDir(ExtensionContext context) {
        return context.getConfigurationParameter(Settings.EVIDENCE_DIR).filter(v -> !v.isBlank()).map(Path::of);
    }

    /** {@code Signatures.tamperedBodyIsRefused}, with {@code -2} for the second invocation of a parameterized case. */
    private static String caseName(ExtensionContext context) {
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        String id = context.getUniqueId();
        int invocation = id.lastIndexOf("-invocation:#");
        return invocation < 0 ? name : name + "-" + id.substring(invocation + "-invocation:#".length()).replaceAll("\\D.*", "");
    }
}
