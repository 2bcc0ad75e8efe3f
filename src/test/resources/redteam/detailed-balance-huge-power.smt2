; equicert certificate (QF_LRA, checked by equicert's embedded SMTInterpol with proof checking)
; The assertions state the NEGATION of the claim: an unsat answer proves it.
; claim: x
; kind: x
; subject: x
; fingerprint: x
; tool: equicert 0.1.0
; data: {"kind":"detailed-balance","game":{"title":"t","actions":[3],"payoffs":[["0","1000000","1000000"]]},"uMin":"0","base":"1234567891","scale":1,"distribution":["1","0","0"]}
(set-info :status unsat)
