; equicert certificate (QF_LRA, checked by equicert's embedded SMTInterpol with proof checking)
; The assertions state the NEGATION of the claim: an unsat answer proves it.
; claim: the optimal expected payoff over profiles constant on the orbits {1,3} {2,4} is exactly 8, attained at 1,0;0,1
; kind: symmetric-bound
; subject: Seed 001 App. C partygoers (four robot butlers on a square)
; fingerprint: game sha256:7e51082d956ac81229ab3d073c8d9bdab37763791f6e6ea27548e7ceaa54b5d3
; tool: equicert 0.1.0
; data: {"kind":"symmetric-bound","game":{"title":"Seed 001 App. C partygoers (four robot butlers on a square)","actions":[2,2,2,2],"payoffs":[["0","6","6","8","6","8","8","7","6","8","8","7","8","7","7","4"],["0","6","6","8","6","8","8","7","6","8","8","7","8","7","7","4"],["0","6","6","8","6","8","8","7","6","8","8","7","8","7","7","4"],["0","6","6","8","6","8","8","7","6","8","8","7","8","7","7","4"]]},"orbits":[[0,2],[1,3]],"bound":"8","tree":[["bound"]],"witness":[["1","0"],["0","1"]],"witnessValue":"8"}
(set-info :status unsat)
(set-logic QF_LRA)
; q_k: the k-th leaf quantity recomputed from the game (largest Bernstein coefficient minus c, or an
; anchored-test quantity); EU <= c on a leaf when its quantities are <= 0. The leaves cover the domain.
(define-fun q_1 () Real 0.0)
(define-fun bound () Real 8.0)
(define-fun witnessValue () Real 8.0)
; negation: some leaf quantity is positive, or the witness beats the bound
(assert (or (> q_1 0.0)
    (> witnessValue bound)))
(check-sat)
(exit)
