package dev.runspec.core.report;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/** Lets a generator close its view of a writer without closing the caller's writer. */
final class NonClosingWriter extends FilterWriter {

    NonClosingWriter(Writer out) {
        super(out);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
