package dev.isolint.core.internal.terraform.hcl;

import dev.isolint.core.internal.source.InputException;

/**
 * A file that HashiCorp's parser would reject: the first problem, with its 1-based line and
 * column and a message a person understands.
 */
public final class HclSyntaxException extends InputException {

    private static final long serialVersionUID = 1L;

    public HclSyntaxException(String message, int line, int column) {
        super(message, line, column);
    }
}
