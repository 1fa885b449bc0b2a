package dev.isolint.core.internal.fix;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of one file's edits ({@code diff -u}, three lines of context), which {@code git apply} and
 * {@code patch -p1} take: lines keep their own line breaks (a CRLF file's lines end in CRLF in the diff too), and a
 * last line without one is marked {@code \ No newline at end of file}.
 */
public final class UnifiedDiff {

    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /** The diff of {@code fix}, its file named {@code name} (a path relative to where the diff is applied). */
    public static String of(FileFix fix, String name) {
        List<String> before = lines(fix.text());
        List<String> after = lines(fix.newText());
        // The edits change few lines: the common head and tail are context, the middle is split at each edit.
        List<int[]> blocks = changedBlocks(before, after);
        if (blocks.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        sb.append("--- a/").append(name).append('\n').append("+++ b/").append(name).append('\n');
        int i = 0;
        while (i < blocks.size()) {
            int j = i;
            while (j + 1 < blocks.size() && blocks.get(j + 1)[0] - blocks.get(j)[1] <= 2 * CONTEXT) {
                j++;
            }
            hunk(sb, before, after, blocks.subList(i, j + 1));
            i = j + 1;
        }
        return sb.toString();
    }

    /**
     * Changed blocks {@code [oldStart, oldEnd, newStart, newEnd]} (line indexes, ends exclusive), found by walking both
     * texts in step and, where they differ, the shortest resynchronisation (the edits only insert or replace lines).
     */
    private static List<int[]> changedBlocks(List<String> a, List<String> b) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                i++;
                j++;
                continue;
            }
            int[] sync = resync(a, b, i, j);
            out.add(new int[] {i, sync[0], j, sync[1]});
            i = sync[0];
            j = sync[1];
        }
        return out;
    }

    /** The nearest pair {@code (i', j')} from which both texts agree again for a while (or both ends). */
    private static int[] resync(List<String> a, List<String> b, int i, int j) {
        for (int d = 1; d <= a.size() - i + b.size() - j; d++) {
            for (int di = 0; di <= d; di++) {
                int x = i + di;
                int y = j + d - di;
                if (x <= a.size() && y <= b.size() && agree(a, b, x, y)) {
                    return new int[] {x, y};
                }
            }
        }
        return new int[] {a.size(), b.size()};
    }

    /** Both texts end at {@code x}/{@code y}, or agree on the next few lines (all that is left when fewer). */
    private static boolean agree(List<String> a, List<String> b, int x, int y) {
        if (x == a.size() || y == b.size()) {
            return x == a.size() && y == b.size();
        }
        int n = Math.min(CONTEXT, Math.min(a.size() - x, b.size() - y));
        for (int k = 0; k < n; k++) {
            if (!a.get(x + k).equals(b.get(y + k))) {
                return false;
            }
        }
        return a.size() - x == b.size() - y || n == CONTEXT;
    }

    private static void hunk(StringBuilder sb, List<String> a, List<String> b, List<int[]> blocks) {
        int[] first = blocks.get(0);
        int[] last = blocks.get(blocks.size() - 1);
        int oldStart = Math.max(0, first[0] - CONTEXT);
        int newStart = Math.max(0, first[2] - CONTEXT);
        int oldEnd = Math.min(a.size(), last[1] + CONTEXT);
        int newEnd = Math.min(b.size(), last[3] + CONTEXT);
        sb.append("@@ -").append(range(oldStart, oldEnd - oldStart)).append(" +").append(range(newStart, newEnd - newStart))
                .append(" @@\n");
        int i = oldStart;
        for (int[] block : blocks) {
            for (; i < block[0]; i++) {
                line(sb, ' ', a.get(i));
            }
            for (int k = block[0]; k < block[1]; k++) {
                line(sb, '-', a.get(k));
            }
            for (int k = block[2]; k < block[3]; k++) {
                line(sb, '+', b.get(k));
            }
            i = block[1];
        }
        for (; i < oldEnd; i++) {
            line(sb, ' ', a.get(i));
        }
    }

    private static String range(int start, int count) {
        return (count == 0 ? start : start + 1) + (count == 1 ? "" : "," + count);
    }

    private static void line(StringBuilder sb, char mark, String line) {
        sb.append(mark).append(line);
        if (!line.endsWith("\n")) {
            sb.append("\n\\ No newline at end of file\n");
        }
    }

    /** The lines of {@code text}, each with its line break ({@code \n} or {@code \r\n}; a lone CR stays inside). */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(text.substring(from, i + 1));
                from = i + 1;
            }
        }
        if (from < text.length()) {
            out.add(text.substring(from));
        }
        return out;
    }
}
