package uk.gov.bestvalue.returns.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Refuses an upload larger than {@code pipeline.web.max-upload-bytes} from its declared length, before anything
 * reads it: the multipart limit alone would drop the form's fields with it, the CSRF token too, and answer 403.
 */
final class UploadSizeLimit extends OncePerRequestFilter {

    /** What a form adds around the file: the boundaries, the part headers, the CSRF token. */
    private static final long FORM_OVERHEAD = 64 * 1024;

    private final long maxBytes;

    UploadSizeLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > maxBytes + FORM_OVERHEAD) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("text/html;charset=UTF-8");
            response.setHeader("Connection", "close");
            response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><title>File too large</title></head><body>"
                    + "<h1>File too large</h1><p>" + HtmlUtils.htmlEscape(CheckController.tooLarge(maxBytes))
                    + "</p><p><a href=\"/check\">Check another file</a></p></body></html>");
            return;
        }
        chain.doFilter(request, response);
    }
}
