; equicert certificate (QF_NRA, the natural statement for external solvers (z3, cvc5))
; The assertions state the NEGATION of the claim: an unsat answer proves it.
; claim: the optimal expected payoff over profiles constant on the orbits {1,2} is exactly 1, attained at 1,0,0
; kind: symmetric-bound
; subject: Seed 001 Example 5.0.5 (epsilon = 1/10)
; fingerprint: game sha256:fc820d2e989c594598c7aed57fb0fd65d593bb1f489f826c33a139c4e69ef038
; tool: equicert 0.1.0
; data: {"kind":"symmetric-bound","game":{"title":"Seed 001 Example 5.0.5 (epsilon = 1/10)","actions":[3,3],"payoffs":[["1","1","1","1","-10","11/10","1","11/10","-10"],["1","1","1","1","-10","11/10","1","11/10","-10"]]},"orbits":[[0,1]],"bound":"1","tree":[["anchored",0]],"witness":[["1","0","0"]],"witnessValue":"1"}
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun s_1_1 () Real)
(declare-fun s_1_2 () Real)
(declare-fun s_1_3 () Real)
; EU of the profile in which orbit o plays s_o (Bernstein form)
(define-fun eu () Real (+ (* 1.0 s_1_1 s_1_1) (* 2.0 s_1_1 s_1_2) (* 2.0 s_1_1 s_1_3) (* (- 10.0) s_1_2 s_1_2) (* (/ 11.0 5.0) s_1_2 s_1_3) (* (- 10.0) s_1_3 s_1_3)))
(assert (and (>= s_1_1 0.0) (>= s_1_2 0.0) (>= s_1_3 0.0) (= (+ s_1_1 s_1_2 s_1_3) 1.0) (> eu 1.0)))
(check-sat)
(exit)
