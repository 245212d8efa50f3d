package org.cyberselfplay.train.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** How {@code evaluate} prints its per-opponent rows: for people (table, md) or for scripts (csv, json). */
enum ReportFormat {
    TABLE,
    CSV,
    JSON,
    MD;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a flag value case-insensitively; an unknown value names the accepted ones. */
    static final class Converter implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return Arrays.stream(values()).filter(f -> f.toString().equalsIgnoreCase(value)).findFirst()
                    .orElseThrow(() -> new TypeConversionException("expected one of "
                            + Arrays.stream(values()).map(ReportFormat::toString).collect(Collectors.joining(", "))
                            + " but was '" + value + "'"));
        }
    }
}
