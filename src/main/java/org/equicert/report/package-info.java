/** Renderers of the API's results: text (with a citation per fact) and JSON for programs. */
package org.equicert.report;
