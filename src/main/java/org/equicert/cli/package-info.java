/**
 * The command-line tool: picocli commands that parse options, call one {@code org.equicert.api} job,
 * render its result with {@code org.equicert.report} and print; nothing outside this package uses it.
 */
package org.equicert.cli;
