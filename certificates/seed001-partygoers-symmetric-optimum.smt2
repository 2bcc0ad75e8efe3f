; equicert certificate (QF_LRA, checked by equicert's embedded SMTInterpol with proof checking)
; The assertions state the NEGATION of the claim: an unsat answer proves it.
; claim: every profile constant on the orbits {1,2,3,4} has expected payoff at most 222379221/33554432; the profile 1697/4096,2399/4096 attains 113858154527/17179869184
; kind: symmetric-bound
; subject: Seed 001 App. C partygoers (four robot butlers on a square)
; fingerprint: game sha256:7e51082d956ac81229ab3d073c8d9bdab37763791f6e6ea27548e7ceaa54b5d3
; tool: equicert 0.1.0
; data: {"kind":"symmetric-bound","game":{"title":"Seed 001 App. C partygoers (four robot butlers on a square)","actions":[2,2,2,2],"payoffs":[["0","6","6","8","6","8","8","7","6","8","8","7","8","7","7","4"],["0","6","6","8","6","8","8","7","6","8","8","7","8","7","7","4"],["0","6","6","8","6","8","8","7","6","8","8","7","8","7","7","4"],["0","6","6","8","6","8","8","7","6","8","8","7","8","7","7","4"]]},"orbits":[[0,1,2,3]],"bound":"222379221/33554432","tree":[["split",0,0,1],["bound"],["split",0,0,1],["split",0,0,1],["split",0,0,1],["bound"],["split",0,0,1],["split",0,0,1],["bound"],["split",0,0,1],["split",0,0,1],["bound"],["split",0,0,1],["bound"],["split",0,0,1],["bound"],["split",0,0,1],["bound"],["bound"],["bound"],["bound"],["bound"],["bound"]],"witness":[["1697/4096","2399/4096"]],"witnessValue":"113858154527/17179869184"}
(set-info :status unsat)
(set-logic QF_LRA)
; q_k: the k-th leaf quantity recomputed from the game (largest Bernstein coefficient minus c, or an
; anchored-test quantity); EU <= c on a leaf when its quantities are <= 0. The leaves cover the domain.
(define-fun q_1 () Real (- (/ 4275413.0 33554432.0)))
(define-fun q_2 () Real (- (/ 310485.0 33554432.0)))
(define-fun q_3 () Real (- (/ 33493.0 33554432.0)))
(define-fun q_4 () Real (- (/ 8045.0 33554432.0)))
(define-fun q_5 () Real (- (/ 929.0 16777216.0)))
(define-fun q_6 () Real (- (/ 3169.0 268435456.0)))
(define-fun q_7 () Real (- (/ 4657.0 2147483648.0)))
(define-fun q_8 () Real 0.0)
(define-fun q_9 () Real (- (/ 21.0 33554432.0)))
(define-fun q_10 () Real (- (/ 36053.0 33554432.0)))
(define-fun q_11 () Real (- (/ 867541.0 33554432.0)))
(define-fun q_12 () Real (- (/ 14761173.0 33554432.0)))
(define-fun bound () Real (/ 222379221.0 33554432.0))
(define-fun witnessValue () Real (/ 113858154527.0 17179869184.0))
; negation: some leaf quantity is positive, or the witness beats the bound
(assert (or (> q_1 0.0)
    (> q_2 0.0)
    (> q_3 0.0)
    (> q_4 0.0)
    (> q_5 0.0)
    (> q_6 0.0)
    (> q_7 0.0)
    (> q_8 0.0)
    (> q_9 0.0)
    (> q_10 0.0)
    (> q_11 0.0)
    (> q_12 0.0)
    (> witnessValue bound)))
(check-sat)
(exit)
