package id.meritasn.document;

import java.io.OutputStream;
import java.util.function.Consumer;

/** A download: its file name and media type, and what writes it (as the agency's system actor, already arranged). */
public record DocumentFile(String fileName, String mediaType, Consumer<OutputStream> writer) {}
