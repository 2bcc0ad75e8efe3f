; equicert certificate (QF_LRA, checked by equicert's embedded SMTInterpol with proof checking)
; The assertions state the NEGATION of the claim: an unsat answer proves it.
; claim: the optimal expected payoff over profiles constant on the orbits {1,2} is exactly 1, attained at 1,0,0
; kind: symmetric-bound
; subject: Seed 001 Example 5.0.5 (epsilon = 1/10)
; fingerprint: game sha256:fc820d2e989c594598c7aed57fb0fd65d593bb1f489f826c33a139c4e69ef038
; tool: equicert 0.1.0
; data: {"kind":"symmetric-bound","game":{"title":"Seed 001 Example 5.0.5 (epsilon = 1/10)","actions":[3,3],"payoffs":[["1","1","1","1","-10","11/10","1","11/10","-10"],["1","1","1","1","-10","11/10","1","11/10","-10"]]},"orbits":[[0,1]],"bound":"1","tree":[["anchored",0]],"witness":[["1","0","0"]],"witnessValue":"1"}
(set-info :status unsat)
(set-logic QF_LRA)
; q_k: the k-th leaf quantity recomputed from the game (largest Bernstein coefficient minus c, or an
; anchored-test quantity); EU <= c on a leaf when its quantities are <= 0. The leaves cover the domain.
(define-fun q_1 () Real 0.0)
(define-fun q_2 () Real 0.0)
(define-fun q_3 () Real (- (/ 109.0 10.0)))
(define-fun q_4 () Real 0.0)
(define-fun q_5 () Real (- (/ 109.0 10.0)))
(define-fun bound () Real 1.0)
(define-fun witnessValue () Real 1.0)
; negation: some leaf quantity is positive, or the witness beats the bound
(assert (or (> q_1 0.0)
    (> q_2 0.0)
    (> q_3 0.0)
    (> q_4 0.0)
    (> q_5 0.0)
    (> witnessValue bound)))
(check-sat)
(exit)
