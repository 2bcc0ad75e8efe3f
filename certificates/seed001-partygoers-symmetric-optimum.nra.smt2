; equicert certificate (QF_NRA, the natural statement for external solvers (z3, cvc5))
; The assertions state the NEGATION of the claim: an unsat answer proves it.
; claim: every profile constant on the orbits {1,2,3,4} has expected payoff at most 222379221/33554432; the profile 1697/4096,2399/4096 attains 113858154527/17179869184
; kind: symmetric-bound
; subject: Seed 001 App. C partygoers (four robot butlers on a square)
; tool: equicert 0.1.0
; data: {"kind":"symmetric-bound","game":{"title":"Seed 001 App. C partygoers (four robot butlers on a square)","actions":[2,2,2,2],"payoffs":[["0","6","6","8","6","8","8","7","6","8","8","7","8","7","7","4"],["0","6","6","8","6","8","8","7","6","8","8","7","8","7","7","4"],["0","6","6","8","6","8","8","7","6","8","8","7","8","7","7","4"],["0","6","6","8","6","8","8","7","6","8","8","7","8","7","7","4"]]},"orbits":[[0,1,2,3]],"bound":"222379221/33554432","tree":[1,-1,1,1,1,-1,1,1,-1,1,1,-1,1,-1,1,-1,1,-1,-1,-1,-1,-1,-1],"witness":[["1697/4096","2399/4096"]],"witnessValue":"113858154527/17179869184"}
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun s_1_1 () Real)
(declare-fun s_1_2 () Real)
; EU of the profile in which orbit o plays s_o (Bernstein form)
(define-fun eu () Real (+ (* 24.0 s_1_1 s_1_1 s_1_1 s_1_2) (* 48.0 s_1_1 s_1_1 s_1_2 s_1_2) (* 28.0 s_1_1 s_1_2 s_1_2 s_1_2) (* 4.0 s_1_2 s_1_2 s_1_2 s_1_2)))
(assert (and (>= s_1_1 0.0) (>= s_1_2 0.0) (= (+ s_1_1 s_1_2) 1.0) (> eu (/ 222379221.0 33554432.0))))
(check-sat)
(exit)
