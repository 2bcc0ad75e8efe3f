/**
 * The library API: one entry point per job, returning immutable results whose facts carry
 * citations of the certificates checked in the run. The CLI and every other front end read these.
 */
package org.equicert.api;
