/** The adapter to the embedded SMTInterpol solver (the only code that touches it). */
package org.equicert.certificate.smt;
