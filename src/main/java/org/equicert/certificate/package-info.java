/**
 * Claims, their SMT-LIB certificates, and the small independent checker that re-does each claim's
 * exact obligations and proves its certificate in an embedded SMTInterpol with proof checking.
 * Imports no solver package.
 */
package org.equicert.certificate;
