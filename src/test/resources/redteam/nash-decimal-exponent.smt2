; equicert certificate (QF_LRA, checked by equicert's embedded SMTInterpol with proof checking)
; The assertions state the NEGATION of the claim: an unsat answer proves it.
; claim: x
; kind: x
; subject: x
; fingerprint: x
; tool: equicert 0.1.0
; data: {"kind":"nash","game":{"title":"big","actions":[1],"payoffs":[["1e1000000"]]},"profile":[["1"]],"epsilon":"0"}
(set-info :status unsat)
