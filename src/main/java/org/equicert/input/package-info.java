/** Reading user input files: located errors ({@code file:line:column}) and a JSON reader that keeps locations. */
package org.equicert.input;
