/*
 * Stand-in for java.exe in scripts/test-isolint-cmd.sh (no Windows JDK can be installed here).
 * Built with MinGW (x86_64-w64-mingw32-gcc -municode); runs under Wine.
 *
 * Every call appends one record to the file named by STUB_JAVA_LOG:
 *   CALL <path of this exe> / CWD <directory> / CMDLINE <raw command line> / ARG <argument>... / END
 * (UTF-8, one line each), so the test sees both what cmd.exe built and what a C runtime parses from it.
 * It behaves like the three kinds of JVM run isolint.cmd makes:
 *   -XX:DumpLoadedClassList=F   writes a one-line class list to F (a training run);
 *   -Xshare:dump                writes the file named by -XX:SharedArchiveFile= (the archive), exit
 *                               code from STUB_JAVA_DUMP_EXIT (default 0);
 *   anything else               prints "stub java"; an argument "-" copies standard input to the log
 *                               (STDIN line, \n and \r escaped); exit code from STUB_JAVA_EXIT (default 0).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <windows.h>

static FILE *logf;

/* Writes a wide string to the log as UTF-8. */
static void put(const wchar_t *s) {
    int n = WideCharToMultiByte(CP_UTF8, 0, s, -1, NULL, 0, NULL, NULL);
    char *buf = malloc(n > 0 ? n : 1);
    if (n > 0 && WideCharToMultiByte(CP_UTF8, 0, s, -1, buf, n, NULL, NULL) > 0) {
        fputs(buf, logf);
    }
    free(buf);
}

static void line(const char *key, const wchar_t *value) {
    fputs(key, logf);
    fputc(' ', logf);
    put(value);
    fputc('\n', logf);
}

static const wchar_t *after(const wchar_t *arg, const wchar_t *prefix) {
    size_t n = wcslen(prefix);
    return wcsncmp(arg, prefix, n) == 0 ? arg + n : NULL;
}

static int exit_code(const wchar_t *variable) {
    const wchar_t *v = _wgetenv(variable);
    return v != NULL && *v != 0 ? _wtoi(v) : 0;
}

static int write_file(const wchar_t *path, const char *text) {
    FILE *f = _wfopen(path, L"wb");
    if (f == NULL) {
        return 0;
    }
    fputs(text, f);
    fclose(f);
    return 1;
}

int wmain(int argc, wchar_t **argv) {
    const wchar_t *log_path = _wgetenv(L"STUB_JAVA_LOG");
    const wchar_t *class_list = NULL;
    const wchar_t *archive = NULL;
    int dump = 0;
    int read_stdin = 0;
    wchar_t buf[MAX_PATH * 4];
    int i;

    logf = _wfopen(log_path != NULL ? log_path : L"java-stub.log", L"ab");
    if (logf == NULL) {
        fputs("java stub: cannot open the log (STUB_JAVA_LOG)\n", stderr);
        return 99;
    }
    GetModuleFileNameW(NULL, buf, sizeof buf / sizeof buf[0]);
    line("CALL", buf);
    GetCurrentDirectoryW(sizeof buf / sizeof buf[0], buf);
    line("CWD", buf);
    line("CMDLINE", GetCommandLineW());
    for (i = 1; i < argc; i++) {
        const wchar_t *v;
        line("ARG", argv[i]);
        if ((v = after(argv[i], L"-XX:DumpLoadedClassList=")) != NULL) {
            class_list = v;
        } else if ((v = after(argv[i], L"-XX:SharedArchiveFile=")) != NULL) {
            archive = v;
        } else if (wcscmp(argv[i], L"-Xshare:dump") == 0) {
            dump = 1;
        } else if (wcscmp(argv[i], L"-") == 0) {
            read_stdin = 1;
        }
    }
    if (class_list != NULL) {
        write_file(class_list, "java/lang/Object\r\n");
        fputs("END\n", logf);
        fclose(logf);
        return 0;
    }
    if (dump) {
        int code = exit_code(L"STUB_JAVA_DUMP_EXIT");
        if (archive != NULL && code == 0) {
            write_file(archive, "stub archive\r\n");
        }
        fputs("END\n", logf);
        fclose(logf);
        return code;
    }
    if (read_stdin) {
        int c;
        fputs("STDIN ", logf);
        while ((c = getchar()) != EOF) {
            if (c == '\n') {
                fputs("\\n", logf);
            } else if (c == '\r') {
                fputs("\\r", logf);
            } else {
                fputc(c, logf);
            }
        }
        fputc('\n', logf);
    }
    fputs("END\n", logf);
    fclose(logf);
    puts("stub java");
    return exit_code(L"STUB_JAVA_EXIT");
}
