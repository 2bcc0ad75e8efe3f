; equicert certificate (QF_LRA, checked by equicert's embedded SMTInterpol with proof checking)
; The assertions state the NEGATION of the claim: an unsat answer proves it.
; claim: x
; kind: x
; subject: x
; fingerprint: x
; tool: equicert 0.1.0
; data: {"kind":"stationary-unique","label":"x","states":2000000000,"transitions":[],"distribution":[]}
(set-info :status unsat)
