; equicert certificate (QF_NRA, the natural statement for external solvers (z3, cvc5))
; The assertions state the NEGATION of the claim: an unsat answer proves it.
; claim: the optimal expected payoff over profiles constant on the orbits {1,3} {2,4} is exactly 8, attained at 1,0;0,1
; kind: symmetric-bound
; subject: Seed 001 App. C partygoers (four robot butlers on a square)
; fingerprint: game sha256:7e51082d956ac81229ab3d073c8d9bdab37763791f6e6ea27548e7ceaa54b5d3
; tool: equicert 0.1.0
; data: {"kind":"symmetric-bound","game":{"title":"Seed 001 App. C partygoers (four robot butlers on a square)","actions":[2,2,2,2],"payoffs":[["0","6","6","8","6","8","8","7","6","8","8","7","8","7","7","4"],["0","6","6","8","6","8","8","7","6","8","8","7","8","7","7","4"],["0","6","6","8","6","8","8","7","6","8","8","7","8","7","7","4"],["0","6","6","8","6","8","8","7","6","8","8","7","8","7","7","4"]]},"orbits":[[0,2],[1,3]],"bound":"8","tree":[["bound"]],"witness":[["1","0"],["0","1"]],"witnessValue":"8"}
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun s_1_1 () Real)
(declare-fun s_1_2 () Real)
(declare-fun s_2_1 () Real)
(declare-fun s_2_2 () Real)
; EU of the profile in which orbit o plays s_o (Bernstein form)
(define-fun eu () Real (+ (* 12.0 s_1_1 s_1_1 s_2_1 s_2_2) (* 8.0 s_1_1 s_1_1 s_2_2 s_2_2) (* 12.0 s_1_1 s_1_2 s_2_1 s_2_1) (* 32.0 s_1_1 s_1_2 s_2_1 s_2_2) (* 14.0 s_1_1 s_1_2 s_2_2 s_2_2) (* 8.0 s_1_2 s_1_2 s_2_1 s_2_1) (* 14.0 s_1_2 s_1_2 s_2_1 s_2_2) (* 4.0 s_1_2 s_1_2 s_2_2 s_2_2)))
(assert (and (>= s_1_1 0.0) (>= s_1_2 0.0) (= (+ s_1_1 s_1_2) 1.0) (>= s_2_1 0.0) (>= s_2_2 0.0) (= (+ s_2_1 s_2_2) 1.0) (> eu 8.0)))
(check-sat)
(exit)
