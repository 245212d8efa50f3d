package org.cyberselfplay.train.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** How a command prints its result: an aligned text table for people, or JSON for scripts. */
public enum OutputFormat {
    TABLE,
    JSON;

    /** The flag value, e.g. {@code table}; picocli lists these in help. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a flag value case-insensitively; an unknown value names the accepted ones. */
    static final class Converter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            for (OutputFormat f : values()) {
                if (f.toString().equalsIgnoreCase(value)) {
                    return f;
                }
            }
            throw new TypeConversionException("expected one of "
                    + Arrays.stream(values()).map(OutputFormat::toString).collect(Collectors.joining(", "))
                    + " but was '" + value + "'");
        }
    }
}
