; equicert certificate (QF_LRA, checked by equicert's embedded SMTInterpol with proof checking)
; The assertions state the NEGATION of the claim: an unsat answer proves it.
; claim: the optimal expected payoff over profiles constant on the orbits {1,2} is exactly 1, attained at 1,0
; kind: symmetric-bound
; subject: Seed 001 Table 1c: large groups need both taxis (1 if both serve the same group, else 0)
; fingerprint: game sha256:c22a9ac0541e4267337d67435578452bfce8d89082814a7d783cc1d0dbc73489
; tool: equicert 0.1.0
; data: {"kind":"symmetric-bound","game":{"title":"Seed 001 Table 1c: large groups need both taxis (1 if both serve the same group, else 0)","actions":[2,2],"payoffs":[["1","0","0","1"],["1","0","0","1"]]},"orbits":[[0,1]],"bound":"1","tree":[["bound"]],"witness":[["1","0"]],"witnessValue":"1"}
(set-info :status unsat)
(set-logic QF_LRA)
; q_k: the k-th leaf quantity recomputed from the game (largest Bernstein coefficient minus c, or an
; anchored-test quantity); EU <= c on a leaf when its quantities are <= 0. The leaves cover the domain.
(define-fun q_1 () Real 0.0)
(define-fun bound () Real 1.0)
(define-fun witnessValue () Real 1.0)
; negation: some leaf quantity is positive, or the witness beats the bound
(assert (or (> q_1 0.0)
    (> witnessValue bound)))
(check-sat)
(exit)
