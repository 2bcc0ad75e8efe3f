; equicert certificate (QF_NRA, the natural statement for external solvers (z3, cvc5))
; The assertions state the NEGATION of the claim: an unsat answer proves it.
; claim: the optimal expected payoff over profiles constant on the orbits {1,2} is exactly 1/2, attained at 1/2,1/2
; kind: symmetric-bound
; subject: Seed 001 Table 1b: identical taxis (1 if they serve different groups, else 0)
; fingerprint: game sha256:f74a0ce1eb6ce6a5a7664bc7f85e2b0f5cf5aa2f150b4829c17e96b37b6acc5f
; tool: equicert 0.1.0
; data: {"kind":"symmetric-bound","game":{"title":"Seed 001 Table 1b: identical taxis (1 if they serve different groups, else 0)","actions":[2,2],"payoffs":[["0","1","1","0"],["0","1","1","0"]]},"orbits":[[0,1]],"bound":"1/2","tree":[["split",0,0,1],["bound"],["bound"]],"witness":[["1/2","1/2"]],"witnessValue":"1/2"}
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun s_1_1 () Real)
(declare-fun s_1_2 () Real)
; EU of the profile in which orbit o plays s_o (Bernstein form)
(define-fun eu () Real (* 2.0 s_1_1 s_1_2))
(assert (and (>= s_1_1 0.0) (>= s_1_2 0.0) (= (+ s_1_1 s_1_2) 1.0) (> eu (/ 1.0 2.0))))
(check-sat)
(exit)
