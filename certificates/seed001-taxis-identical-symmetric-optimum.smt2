; equicert certificate (QF_LRA, checked by equicert's embedded SMTInterpol with proof checking)
; The assertions state the NEGATION of the claim: an unsat answer proves it.
; claim: the optimal expected payoff over profiles constant on the orbits {1,2} is exactly 1/2, attained at 1/2,1/2
; kind: symmetric-bound
; subject: Seed 001 Table 1b: identical taxis (1 if they serve different groups, else 0)
; fingerprint: game sha256:f74a0ce1eb6ce6a5a7664bc7f85e2b0f5cf5aa2f150b4829c17e96b37b6acc5f
; tool: equicert 0.1.0
; data: {"kind":"symmetric-bound","game":{"title":"Seed 001 Table 1b: identical taxis (1 if they serve different groups, else 0)","actions":[2,2],"payoffs":[["0","1","1","0"],["0","1","1","0"]]},"orbits":[[0,1]],"bound":"1/2","tree":[["split",0,0,1],["bound"],["bound"]],"witness":[["1/2","1/2"]],"witnessValue":"1/2"}
(set-info :status unsat)
(set-logic QF_LRA)
; q_k: the k-th leaf quantity recomputed from the game (largest Bernstein coefficient minus c, or an
; anchored-test quantity); EU <= c on a leaf when its quantities are <= 0. The leaves cover the domain.
(define-fun q_1 () Real 0.0)
(define-fun q_2 () Real 0.0)
(define-fun bound () Real (/ 1.0 2.0))
(define-fun witnessValue () Real (/ 1.0 2.0))
; negation: some leaf quantity is positive, or the witness beats the bound
(assert (or (> q_1 0.0)
    (> q_2 0.0)
    (> witnessValue bound)))
(check-sat)
(exit)
