package dev.isolint.core.internal.terraform.hcl;

/** The kinds of token the HCL lexer produces, as in HashiCorp's native syntax specification. */
enum TokenType {
    EOF("end of file"),
    NEWLINE("newline"),
    IDENT("identifier"),
    NUMBER("number"),
    OBRACE("\"{\""),
    CBRACE("\"}\""),
    OBRACK("\"[\""),
    CBRACK("\"]\""),
    OPAREN("\"(\""),
    CPAREN("\")\""),
    OQUOTE("opening quote"),
    CQUOTE("closing quote"),
    OHEREDOC("heredoc"),
    CHEREDOC("heredoc end marker"),
    QUOTED_LIT("string"),
    STRING_LIT("string"),
    TEMPLATE_INTERP("\"${\""),
    TEMPLATE_CONTROL("\"%{\""),
    TEMPLATE_SEQ_END("\"}\""),
    DOT("\".\""),
    COMMA("\",\""),
    STAR("\"*\""),
    SLASH("\"/\""),
    PERCENT("\"%\""),
    PLUS("\"+\""),
    MINUS("\"-\""),
    EQUAL("\"=\""),
    LT("\"<\""),
    GT("\">\""),
    BANG("\"!\""),
    QUESTION("\"?\""),
    COLON("\":\""),
    EQEQ("\"==\""),
    NOTEQ("\"!=\""),
    LTE("\"<=\""),
    GTE("\">=\""),
    AND("\"&&\""),
    OR("\"||\""),
    ELLIPSIS("\"...\""),
    FATARROW("\"=>\""),
    DOUBLE_COLON("\"::\""),
    /** A character or sequence that is never valid; the lexer records why. */
    INVALID("invalid character"),
    /** A raw newline inside a quoted string. */
    QUOTED_NEWLINE("newline in a quoted string");

    private final String description;

    TokenType(String description) {
        this.description = description;
    }

    /** How an error message names this token. */
    String description() {
        return description;
    }
}
