package id.meritasn.shared.graphql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the body of a GraphQL request before anything reads it: the document and variable limits (InputLimits) apply
 * once the body is parsed, and a body of any size would be read into memory first. The cap is what the largest
 * allowed request needs: one document and one file's base64. A declared length over it is refused (413, naming the
 * limit) without being kept; a body without a declared length is cut off when it passes it.
 */
class RequestBodyLimitFilter extends OncePerRequestFilter {

    /** Up to this many bytes of a refused body are read and dropped before the answer (as Tomcat's swallow size). */
    static final long DRAIN_MAX = 64L * 1024 * 1024;

    private final long limit;

    RequestBodyLimitFilter(long limit) {
        this.limit = limit;
    }

    long limit() {
        return limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > limit) {
            if (length <= DRAIN_MAX) {
                // read and drop what the client is still sending (a buffer at a time, nothing kept), so it gets this
                // answer instead of a connection closed under it; a larger body just gets the connection closed
                request.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            }
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter()
                    .write("{\"errors\":[{\"message\":\"The request body is " + length + " bytes; the limit is "
                            + limit + ". Send large files as multipart uploads.\",\"extensions\":{\"classification\":"
                            + "\"BAD_REQUEST\",\"path\":\"body\",\"size\":" + length + ",\"limit\":" + limit + "}}]}");
            return;
        }
        chain.doFilter(length >= 0 ? request : new Capped(request, limit), response);
    }

    /** A body of unknown length, read through a counter that fails past the limit. */
    private static final class Capped extends HttpServletRequestWrapper {
        private final long limit;

        Capped(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    count(b < 0 ? 0 : 1);
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    count(Math.max(n, 0));
                    return n;
                }

                private void count(int n) throws IOException {
                    read += n;
                    if (read > limit) {
                        throw new IOException("The request body passed the limit of " + limit + " bytes.");
                    }
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
