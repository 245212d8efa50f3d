package org.cyberselfplay.train.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** Small Markdown and number-formatting helpers for {@code report.md}. */
final class Markdown {
    private final StringBuilder sb = new StringBuilder();

    Markdown heading(int level, String text) {
        if (sb.length() > 0 && !endsWithBlankLine()) {
            sb.append(sb.charAt(sb.length() - 1) == '\n' ? "\n" : "\n\n");
        }
        sb.append("#".repeat(level)).append(' ').append(text).append("\n\n");
        return this;
    }

    Markdown paragraph(String text) {
        sb.append(text).append("\n\n");
        return this;
    }

    Markdown bullet(String text) {
        sb.append("- ").append(text).append('\n');
        return this;
    }

    /** Ends a bullet list. */
    Markdown endList() {
        sb.append('\n');
        return this;
    }

    Markdown codeBlock(String text) {
        sb.append("```\n").append(text).append("\n```\n\n");
        return this;
    }

    /**
     * A table; {@code rightAligned[c]} right-aligns column {@code c} (numbers). Cells are escaped.
     */
    Markdown table(List<String> headers, boolean[] rightAligned, List<List<String>> rows) {
        row(headers);
        StringBuilder rule = new StringBuilder("|");
        for (boolean right : rightAligned) {
            rule.append(right ? "---:|" : "---|");
        }
        sb.append(rule).append('\n');
        rows.forEach(this::row);
        sb.append('\n');
        return this;
    }

    private void row(List<String> cells) {
        sb.append('|');
        for (String c : cells) {
            sb.append(' ').append(cell(c)).append(" |");
        }
        sb.append('\n');
    }

    private boolean endsWithBlankLine() {
        int n = sb.length();
        return n >= 2 && sb.charAt(n - 1) == '\n' && sb.charAt(n - 2) == '\n';
    }

    @Override
    public String toString() {
        return sb.toString();
    }

    /** Escapes the characters that would break a table cell. */
    static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
    }

    /** Inline code; backticks inside are replaced so the span cannot break. */
    static String code(String text) {
        return "`" + text.replace('`', '\'') + "`";
    }

    /**
     * A metric value, readable and honest: 4 decimals from 1 up, 4 significant digits below 1, no trailing
     * zeros, and integers without a decimal point.
     */
    static String number(double v) {
        if (v == 0.0) {
            return "0";
        }
        BigDecimal d = BigDecimal.valueOf(v);
        d = Math.abs(v) >= 1.0 ? d.setScale(4, RoundingMode.HALF_UP) : d.round(new MathContext(4, RoundingMode.HALF_UP));
        String s = d.stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** A rate in [0, 1] as a percentage with one decimal, e.g. {@code 72.5 %}. */
    static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f %%", 100.0 * rate);
    }

    /** A duration as {@code 1 h 02 min 03 s}, {@code 2 min 51 s} or {@code 12.3 s}. */
    static String duration(Duration d) {
        long seconds = d.getSeconds();
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
        }
        long h = seconds / 3600;
        long m = (seconds % 3600) / 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d h %02d min %02d s", h, m, s)
                : String.format(Locale.ROOT, "%d min %02d s", m, s);
    }
}
