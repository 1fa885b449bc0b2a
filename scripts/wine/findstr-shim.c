/*
 * Minimal findstr for scripts/test-isolint-cmd.sh. Wine 8.0's findstr.exe is a stub that prints
 * nothing and always exits 0 (a Wine gap, not cmd.exe behaviour), which would make isolint.cmd see
 * changed sources on every run. This shim implements only what the launcher uses, with Windows'
 * documented meaning: findstr /c:STRING [/c:STRING...] reads standard input, prints the lines that
 * contain one of the literal strings and exits 0 if there was one, 1 if not, 2 on a usage error.
 * As in Windows' findstr, a backslash escapes the next backslash or quote in a search string.
 */
#include <stdio.h>
#include <string.h>

#define MAX_STRINGS 8

/* Undoes findstr's escapes in place: \\ -> \ and \" -> ". */
static void unescape(char *s) {
    char *out = s;
    for (; *s; s++) {
        if (s[0] == '\\' && (s[1] == '\\' || s[1] == '"')) {
            s++;
        }
        *out++ = *s;
    }
    *out = 0;
}

int main(int argc, char **argv) {
    char *strings[MAX_STRINGS];
    int count = 0;
    int matched = 0;
    char buf[65536];
    int i;

    for (i = 1; i < argc; i++) {
        if ((argv[i][0] == '/' || argv[i][0] == '-') && (argv[i][1] == 'c' || argv[i][1] == 'C')
                && argv[i][2] == ':' && count < MAX_STRINGS) {
            strings[count] = argv[i] + 3;
            unescape(strings[count]);
            count++;
        } else {
            fprintf(stderr, "findstr shim: unsupported argument %s\n", argv[i]);
            return 2;
        }
    }
    if (count == 0) {
        fputs("findstr shim: no /c: string\n", stderr);
        return 2;
    }
    while (fgets(buf, sizeof buf, stdin) != NULL) {
        for (i = 0; i < count; i++) {
            if (strstr(buf, strings[i]) != NULL) {
                fputs(buf, stdout);
                matched = 1;
                break;
            }
        }
    }
    return matched ? 0 : 1;
}
