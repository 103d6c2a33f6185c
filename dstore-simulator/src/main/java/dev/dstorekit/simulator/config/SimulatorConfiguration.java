package dev.dstorekit.simulator.config;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code simulator.*} keys. They mirror the integration guide's sandbox table from D-Store's side (the POS
 * provider's client id, D-Store's private key, the POS gateway and its public key) plus the simulator's own
 * knobs. Values are checked where they are turned into working objects, with messages naming the key
 * ({@link SignatureSettingsFactory}, {@link SimulatorSettings}).
 */
@ConfigurationProperties("simulator")
public class SimulatorConfiguration {

    private String clientId;
    private String dstorePrivateKey;
    private Duration requestTimeTolerance = Duration.ofSeconds(300);
    private String timeZone = "Asia/Singapore";
    private double clockSpeed = 1.0;
    private Duration acceptanceWindow = Duration.ofMinutes(5);
    private Duration notificationTimeout = Duration.ofMinutes(10);
    private Duration catalogWait = Duration.ofSeconds(30);
    private String merchantDriver = "none";
    private java.util.Map<String, String> merchantVariables = new java.util.HashMap<>();
    private List<String> scenarioDirs = new ArrayList<>();
    private List<String> faults = new ArrayList<>();
    private List<String> pdsAreas = new ArrayList<>();
    private int maxConcurrentOrders = 200;
    private boolean forceJdkCrypto;
    private String controlToken;
    private String controlTokenFile;
    private final Pos pos;

    public SimulatorConfiguration(Pos pos) {
        this.pos = pos;
    }

    public Pos getPos() {
        return pos;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getDstorePrivateKey() {
        return dstorePrivateKey;
    }

    public void setDstorePrivateKey(String dstorePrivateKey) {
        this.dstorePrivateKey = dstorePrivateKey;
    }

    public Duration getRequestTimeTolerance() {
        return requestTimeTolerance;
    }

    public void setRequestTimeTolerance(Duration requestTimeTolerance) {
        this.requestTimeTolerance = requestTimeTolerance;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public double getClockSpeed() {
        return clockSpeed;
    }

    public void setClockSpeed(double clockSpeed) {
        this.clockSpeed = clockSpeed;
    }

    public Duration getAcceptanceWindow() {
        return acceptanceWindow;
    }

    public void setAcceptanceWindow(Duration acceptanceWindow) {
        this.acceptanceWindow = acceptanceWindow;
    }

    public Duration getNotificationTimeout() {
        return notificationTimeout;
    }

    public void setNotificationTimeout(Duration notificationTimeout) {
        this.notificationTimeout = notificationTimeout;
    }

    public Duration getCatalogWait() {
        return catalogWait;
    }

    public void setCatalogWait(Duration catalogWait) {
        this.catalogWait = catalogWait;
    }

    public String getMerchantDriver() {
        return merchantDriver;
    }

    public void setMerchantDriver(String merchantDriver) {
        this.merchantDriver = merchantDriver;
    }

    public java.util.Map<String, String> getMerchantVariables() {
        return merchantVariables;
    }

    public void setMerchantVariables(java.util.Map<String, String> merchantVariables) {
        this.merchantVariables = merchantVariables;
    }

    public List<String> getScenarioDirs() {
        return scenarioDirs;
    }

    public void setScenarioDirs(List<String> scenarioDirs) {
        this.scenarioDirs = scenarioDirs;
    }

    public List<String> getFaults() {
        return faults;
    }

    public void setFaults(List<String> faults) {
        this.faults = faults;
    }

    public List<String> getPdsAreas() {
        return pdsAreas;
    }

    public void setPdsAreas(List<String> pdsAreas) {
        this.pdsAreas = pdsAreas;
    }

    public int getMaxConcurrentOrders() {
        return maxConcurrentOrders;
    }

    public void setMaxConcurrentOrders(int maxConcurrentOrders) {
        this.maxConcurrentOrders = maxConcurrentOrders;
    }

    public boolean isForceJdkCrypto() {
        return forceJdkCrypto;
    }

    public void setForceJdkCrypto(boolean forceJdkCrypto) {
        this.forceJdkCrypto = forceJdkCrypto;
    }

    /** The control API's bearer token: required by a serving simulator, sent by the commands that call one. */
    public String getControlToken() {
        return controlToken;
    }

    public void setControlToken(String controlToken) {
        this.controlToken = controlToken;
    }

    /**
     * Where a serving simulator writes the token it generates (bound beyond loopback without a configured token), and
     * where the commands that call a simulator read it.
     */
    public String getControlTokenFile() {
        return controlTokenFile;
    }

    public void setControlTokenFile(String controlTokenFile) {
        this.controlTokenFile = controlTokenFile;
    }

    /** {@code simulator.pos.*}: the POS under test. */
    @ConfigurationProperties("pos")
    public static class Pos {

        private String gatewayUrl;
        private String publicKey;
        private Duration createOrderBudget = Duration.ofSeconds(8);

        public String getGatewayUrl() {
            return gatewayUrl;
        }

        public void setGatewayUrl(String gatewayUrl) {
            this.gatewayUrl = gatewayUrl;
        }

        public String getPublicKey() {
            return publicKey;
        }

        public void setPublicKey(String publicKey) {
            this.publicKey = publicKey;
        }

        public Duration getCreateOrderBudget() {
            return createOrderBudget;
        }

        public void setCreateOrderBudget(Duration createOrderBudget) {
            this.createOrderBudget = createOrderBudget;
        }
    }
}
