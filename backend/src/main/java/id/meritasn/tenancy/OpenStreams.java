package id.meritasn.tenancy;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** A ZIP entry is read or written by COPY, which closes what it is given; the ZIP must stay open for the next one. */
final class OpenStreams {

    private OpenStreams() {}

    static final class Unclosed extends FilterOutputStream {
        Unclosed(OutputStream target) {
            super(target);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    static final class UnclosedInput extends FilterInputStream {
        UnclosedInput(InputStream source) {
            super(source);
        }

        @Override
        public void close() {}
    }
}
