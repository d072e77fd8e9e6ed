package id.meritasn.imports;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Collects a file's rows as it is read, record by record, checking the header and the row limit on the way. Each row
 * keeps only its cells, beside one shared header, so the largest allowed file (200,000 rows) stays tens of megabytes
 * instead of a map per row.
 */
final class TabularRows {

    private final Map<String, String> columns;
    private final List<String> required;
    private @Nullable String[] names = new String[0];
    private final List<TabularFile.Row> rows = new ArrayList<>();
    private final boolean keep;
    private int count;
    private boolean headerSeen;
    private int skip;
    private int chunkSize;
    private TabularFile.@Nullable ChunkConsumer chunks;

    /** With {@code keep} false only the file as a whole is checked and the rows counted (nothing is kept). */
    TabularRows(Map<String, String> columns, List<String> required, boolean keep) {
        this.columns = columns;
        this.required = required;
        this.keep = keep;
    }

    /** Hands the rows after the first {@code skip} to {@code chunks}, {@code chunkSize} at a time, keeping no more. */
    TabularRows(
            Map<String, String> columns,
            List<String> required,
            int skip,
            int chunkSize,
            TabularFile.ChunkConsumer chunks) {
        this(columns, required, true);
        this.skip = skip;
        this.chunkSize = chunkSize;
        this.chunks = chunks;
    }

    /** A failure of the chunk's consumer, kept apart from failures to read the file. */
    static final class ChunkFailed extends RuntimeException {
        ChunkFailed(RuntimeException cause) {
            super(cause);
        }

        RuntimeException failure() {
            return (RuntimeException) Objects.requireNonNull(getCause());
        }
    }

    /** Hands on the last, partial chunk; call after the whole file was read. */
    void flush() {
        if (chunks != null && !rows.isEmpty()) {
            deliver();
        }
    }

    private void deliver() {
        try {
            Objects.requireNonNull(chunks).accept(List.copyOf(rows), count);
        } catch (RuntimeException e) {
            throw new ChunkFailed(e);
        }
        rows.clear();
    }

    /** One record of the file, in order; the first is the header. {@code rowNumber} is what the operator sees. */
    void accept(int rowNumber, List<String> cells) throws ImportFileProblem {
        if (!headerSeen) {
            header(cells);
            return;
        }
        if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
            return;
        }
        if (count == TabularFile.MAX_ROWS) {
            throw new ImportFileProblem(
                    ImportFileProblem.Rule.TOO_MANY_ROWS,
                    "The file has more than " + TabularFile.MAX_ROWS + " rows; the limit is " + TabularFile.MAX_ROWS
                            + ". Split it into several files.");
        }
        count++;
        if (!keep || count <= skip) {
            return;
        }
        @Nullable String[] values = new String[names.length];
        for (int c = 0; c < names.length && c < cells.size(); c++) {
            values[c] = names[c] == null
                    ? null
                    : cells.get(c) == null ? "" : cells.get(c).trim();
        }
        rows.add(new TabularFile.Row(rowNumber, new CompactRow(names, values)));
        if (chunks != null && rows.size() == chunkSize) {
            deliver();
        }
    }

    private void header(List<String> cells) throws ImportFileProblem {
        headerSeen = true;
        names = cells.stream()
                .map(h -> columns.get(h.trim().toUpperCase(Locale.ROOT).replace(' ', '_')))
                .toArray(String[]::new);
        List<String> present = java.util.Arrays.asList(names);
        for (String column : required) {
            if (!present.contains(column)) {
                String accepted = columns.entrySet().stream()
                        .filter(e -> e.getValue().equals(column))
                        .map(Map.Entry::getKey)
                        .reduce((a, b) -> a + " or " + b)
                        .orElse(column);
                throw new ImportFileProblem(
                        ImportFileProblem.Rule.MISSING_COLUMN, "The header row has no column " + accepted + ".");
            }
        }
    }

    List<TabularFile.Row> rows() throws ImportFileProblem {
        count();
        return rows;
    }

    int count() throws ImportFileProblem {
        if (!headerSeen) {
            throw new ImportFileProblem(ImportFileProblem.Rule.EMPTY, "The file has no header row.");
        }
        if (count == 0) {
            throw new ImportFileProblem(ImportFileProblem.Rule.EMPTY, "The file has a header but no data rows.");
        }
        return count;
    }

    /** A row as a read-only map over the shared header: column name to trimmed cell, in the file's order. */
    private static final class CompactRow extends AbstractMap<String, String> {
        private final @Nullable String[] names;
        private final @Nullable String[] values;

        CompactRow(@Nullable String[] names, @Nullable String[] values) {
            this.names = names;
            this.values = values;
        }

        @Override
        public @Nullable String get(@Nullable Object key) {
            for (int i = 0; i < names.length; i++) {
                if (names[i] != null && names[i].equals(key)) {
                    return values[i];
                }
            }
            return null;
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, String>> iterator() {
                    return new Iterator<>() {
                        private int next = advance(0);

                        private int advance(int from) {
                            int i = from;
                            while (i < names.length && (names[i] == null || values[i] == null)) {
                                i++;
                            }
                            return i;
                        }

                        @Override
                        public boolean hasNext() {
                            return next < names.length;
                        }

                        @Override
                        public Entry<String, String> next() {
                            if (!hasNext()) {
                                throw new NoSuchElementException();
                            }
                            Entry<String, String> entry = new SimpleImmutableEntry<>(names[next], values[next]);
                            next = advance(next + 1);
                            return entry;
                        }
                    };
                }

                @Override
                public int size() {
                    int size = 0;
                    for (int i = 0; i < names.length; i++) {
                        size += names[i] != null && values[i] != null ? 1 : 0;
                    }
                    return size;
                }
            };
        }
    }
}
