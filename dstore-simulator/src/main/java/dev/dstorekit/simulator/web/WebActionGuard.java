package dev.dstorekit.simulator.web;

import dev.dstorekit.simulator.control.ControlAccess;
import io.micronaut.context.BeanProvider;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import org.unbescape.html.HtmlEscape;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * The web pages' actions (pay, start a scenario, toggle faults, reset) make the simulator act with D-Store's key, so
 * they follow the control API's rules ({@link ControlAccess}: open on loopback, a token otherwise, here also from
 * the {@value #TOKEN_COOKIE} cookie the console's token form sets) and refuse cross-site requests: a POST must come
 * from a page of this simulator (its Origin is the simulator's own, and the browser does not call it cross-site).
 * Reading the console needs the token too where acting does: it shows every message's body.
 */
@ServerFilter({"/stores/**", "/orders/**", "/console/**"})
public class WebActionGuard implements Ordered {

    static final String TOKEN_COOKIE = "simulator-control-token";
    static final String TOKEN_FORM_PATH = "/console/token";
    private static final String CONSOLE = "/console";

    private final BeanProvider<ControlAccess> access;

    public WebActionGuard(BeanProvider<ControlAccess> access) {
        this.access = access;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> guard(HttpRequest<?> request) {
        if (request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD) {
            return request.getPath().startsWith(CONSOLE) ? access.get().refusal(authorization(request))
                    .map(WebActionGuard::tokenPage).orElse(null) : null;
        }
        Optional<String> crossSite = crossSite(request);
        if (crossSite.isPresent()) {
            return refuse(HttpStatus.FORBIDDEN, crossSite.get());
        }
        if (TOKEN_FORM_PATH.equals(request.getPath())) {
            return null;
        }
        return access.get().refusal(authorization(request)).map(message -> refuse(HttpStatus.UNAUTHORIZED, message
                + "; in a browser, enter the token in the console's control token form")).orElse(null);
    }

    /** The control token the request carries: its Authorization header, or the console's cookie. */
    @Nullable
    private static String authorization(HttpRequest<?> request) {
        String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            return authorization;
        }
        return request.getCookies().findCookie(TOKEN_COOKIE).map(Cookie::getValue).map(token -> "Bearer " + token).orElse(null);
    }

    /**
     * The console shows every message's body (customers' names, phones and addresses among them), so reading it needs
     * the token wherever acting does; the answer is the token form itself.
     */
    private static HttpResponse<?> tokenPage(String message) {
        String page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Control token needed</title>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><link rel=\"stylesheet\" href=\"/assets/site.css\">"
                + "</head><body><main><h1>Control token needed</h1><p>The console needs the simulator's control token here ("
                + HtmlEscape.escapeHtml5(message) + ").</p><form method=\"post\" action=\"" + TOKEN_FORM_PATH + "\"><p><label>Token "
                + "<input type=\"password\" name=\"token\" autocomplete=\"off\"></label></p>"
                + "<button type=\"submit\">Keep for this browser</button></form></main></body></html>";
        return HttpResponse.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.TEXT_HTML_TYPE).body(page);
    }

    /** Why the request does not come from this simulator's own pages, if it does not. */
    static Optional<String> crossSite(HttpRequest<?> request) {
        String fetchSite = request.getHeaders().get("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return Optional.of("a cross-site request (Sec-Fetch-Site: " + fetchSite + "); use the simulator's own pages");
        }
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        String host = request.getHeaders().get(HttpHeaders.HOST);
        if (origin == null || host == null) {
            return Optional.of("an action needs the Origin header of the simulator's own pages (browsers send it)");
        }
        try {
            URI from = URI.create(origin);
            String authority = from.getAuthority() == null ? "" : from.getAuthority().toLowerCase(Locale.ROOT);
            if (!authority.equals(host.toLowerCase(Locale.ROOT))) {
                return Optional.of("Origin " + origin + " is not this simulator (" + host + ")");
            }
        } catch (IllegalArgumentException e) {
            return Optional.of("Origin " + origin + " is not a URL");
        }
        return Optional.empty();
    }

    private static HttpResponse<?> refuse(HttpStatus status, String message) {
        return HttpResponse.status(status).contentType(MediaType.TEXT_PLAIN_TYPE).body(message);
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
